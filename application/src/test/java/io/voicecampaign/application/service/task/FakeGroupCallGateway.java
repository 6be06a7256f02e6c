package io.voicecampaign.application.service.task;

import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.application.port.out.GroupCallGateway;
import io.voicecampaign.application.testing.PageFixtures;
import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.shared.Done;
import io.voicecampaign.domain.shared.Page;
import io.voicecampaign.domain.task.GroupCallTask;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.domain.task.TaskQuery;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * A group-call gateway over a fixed list of tasks that records every call. Launches get ids from
 * 7,000,001 on; the next call can be made to fail.
 */
public class FakeGroupCallGateway implements GroupCallGateway {

  private final Seq<GroupCallTask> tasks;
  private List<AgentCampaign> launched = List.empty();
  private List<TaskQuery> queries = List.empty();
  private List<Seq<TaskId>> cancelled = List.empty();
  private Option<GatewayFailure> nextFailure = Option.none();
  private long nextId = 7_000_001;

  public FakeGroupCallGateway(Seq<GroupCallTask> tasks) {
    this.tasks = tasks;
  }

  public FakeGroupCallGateway() {
    this(List.empty());
  }

  /** The next call, whichever it is, answers {@code failure}. */
  FakeGroupCallGateway failNextCall(GatewayFailure failure) {
    nextFailure = Option.some(failure);
    return this;
  }

  @Override
  public Either<GatewayFailure, TaskId> launch(AgentCampaign campaign) {
    launched = launched.append(campaign);
    return scriptedFailure().<Either<GatewayFailure, TaskId>>map(Either::left).getOrElse(() -> Either.right(TaskId.of(nextId++)));
  }

  @Override
  public Either<GatewayFailure, Page<GroupCallTask>> queryTasks(TaskQuery query) {
    queries = queries.append(query);
    return scriptedFailure().<Either<GatewayFailure, Page<GroupCallTask>>>map(Either::left)
        .getOrElse(() -> Either.right(PageFixtures.slice(tasks, query.page())));
  }

  @Override
  public Either<GatewayFailure, Done> cancelTasks(Seq<TaskId> ids) {
    cancelled = cancelled.append(ids);
    return scriptedFailure().<Either<GatewayFailure, Done>>map(Either::left).getOrElse(() -> Either.right(Done.DONE));
  }

  Seq<AgentCampaign> launched() {
    return launched;
  }

  Seq<TaskQuery> queries() {
    return queries;
  }

  Seq<Seq<TaskId>> cancelled() {
    return cancelled;
  }

  private Option<GatewayFailure> scriptedFailure() {
    Option<GatewayFailure> failure = nextFailure;
    nextFailure = Option.none();
    return failure;
  }
}
