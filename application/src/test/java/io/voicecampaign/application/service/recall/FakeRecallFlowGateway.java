package io.voicecampaign.application.service.recall;

import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.application.port.out.RecallFlowGateway;
import io.voicecampaign.application.testing.PageFixtures;
import io.voicecampaign.domain.fixtures.RecallFlowFixtures;
import io.voicecampaign.domain.recall.RecallCancellation;
import io.voicecampaign.domain.recall.RecallFlow;
import io.voicecampaign.domain.recall.RecallFlowId;
import io.voicecampaign.domain.recall.RecallFlowQuery;
import io.voicecampaign.domain.recall.RecallPlan;
import io.voicecampaign.domain.recall.RecallRejection;
import io.voicecampaign.domain.shared.Done;
import io.voicecampaign.domain.shared.Page;
import io.voicecampaign.domain.shared.PlatformCode;
import io.voicecampaign.domain.task.TaskId;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * A recall-flow gateway over a list of flows that answers like the platform: lists carry the parent
 * task but no nodes and search the parent task's name fuzzily or its id exactly; details carry nodes
 * but no parent task; edits and cancels move the stored flow through the domain's rules and are
 * refused with -22 when the rules refuse. Every call is recorded; detail answers can be scripted and
 * the next call of a kind can be made to fail.
 */
public class FakeRecallFlowGateway implements RecallFlowGateway {

  private Seq<RecallFlow> flows;
  private List<RecallFlowQuery> queries = List.empty();
  private List<RecallFlowId> detailReads = List.empty();
  private List<Tuple2<RecallFlowId, RecallPlan>> edits = List.empty();
  private List<RecallCancellation> cancels = List.empty();
  private List<Either<GatewayFailure, RecallFlow>> scriptedDetails = List.empty();
  private Option<GatewayFailure> failNextQuery = Option.none();
  private Option<GatewayFailure> failNextDetail = Option.none();
  private Option<GatewayFailure> failNextEdit = Option.none();
  private Option<GatewayFailure> failNextCancel = Option.none();
  private long nextNodeId = 900_001;

  public FakeRecallFlowGateway(RecallFlow... flows) {
    this.flows = List.of(flows);
  }

  public FakeRecallFlowGateway(Seq<RecallFlow> flows) {
    this.flows = flows;
  }

  /** The next detail reads answer these, in order, before the stored flows answer again. */
  FakeRecallFlowGateway answerDetails(Seq<Either<GatewayFailure, RecallFlow>> answers) {
    scriptedDetails = scriptedDetails.appendAll(answers);
    return this;
  }

  /** The next detail read answers {@code answer}, before the stored flows answer again. */
  FakeRecallFlowGateway answerDetail(Either<GatewayFailure, RecallFlow> answer) {
    return answerDetails(List.of(answer));
  }

  FakeRecallFlowGateway failNextQuery(GatewayFailure failure) {
    failNextQuery = Option.some(failure);
    return this;
  }

  FakeRecallFlowGateway failNextDetail(GatewayFailure failure) {
    failNextDetail = Option.some(failure);
    return this;
  }

  FakeRecallFlowGateway failNextEdit(GatewayFailure failure) {
    failNextEdit = Option.some(failure);
    return this;
  }

  FakeRecallFlowGateway failNextCancel(GatewayFailure failure) {
    failNextCancel = Option.some(failure);
    return this;
  }

  /** Replaces the stored flow with the same id, as if the platform had moved it on. */
  void store(RecallFlow flow) {
    flows = flows.map(f -> f.id().equals(flow.id()) ? flow : f);
  }

  @Override
  public Either<GatewayFailure, Page<RecallFlow>> queryFlows(RecallFlowQuery query) {
    queries = queries.append(query);
    if (failNextQuery.isDefined()) {
      GatewayFailure failure = failNextQuery.get();
      failNextQuery = Option.none();
      return Either.left(failure);
    }
    Seq<RecallFlow> matching = flows
        .filter(flow -> flow.createdTime().exists(query.createdWithin()::contains))
        .filter(flow -> query.taskName().forAll(text -> matches(flow, text)))
        .map(RecallFlowFixtures::asListed);
    return Either.right(PageFixtures.slice(matching, query.page()));
  }

  private static boolean matches(RecallFlow flow, String text) {
    return flow.parentTask().exists(task -> Long.toString(task.value()).equals(text))
        || flow.parentTaskName().exists(name -> name.contains(text));
  }

  @Override
  public Either<GatewayFailure, RecallFlow> flowDetail(RecallFlowId id) {
    detailReads = detailReads.append(id);
    if (!scriptedDetails.isEmpty()) {
      Either<GatewayFailure, RecallFlow> answer = scriptedDetails.head();
      scriptedDetails = scriptedDetails.tail();
      return answer;
    }
    if (failNextDetail.isDefined()) {
      GatewayFailure failure = failNextDetail.get();
      failNextDetail = Option.none();
      return Either.left(failure);
    }
    return flow(id).map(RecallFlowFixtures::asDetailed).toEither(() -> noSuchFlow(id));
  }

  @Override
  public Either<GatewayFailure, Done> editFlow(RecallFlowId id, RecallPlan plan) {
    edits = edits.append(Tuple.of(id, plan));
    if (failNextEdit.isDefined()) {
      GatewayFailure failure = failNextEdit.get();
      failNextEdit = Option.none();
      return Either.left(failure);
    }
    return flow(id).toEither(() -> noSuchFlow(id))
        .flatMap(flow -> refusedAsPlatform(flow.edit(plan, () -> nextNodeId++)))
        .map(this::keep);
  }

  @Override
  public Either<GatewayFailure, Done> cancelFlow(RecallCancellation cancellation) {
    cancels = cancels.append(cancellation);
    if (failNextCancel.isDefined()) {
      GatewayFailure failure = failNextCancel.get();
      failNextCancel = Option.none();
      return Either.left(failure);
    }
    Option<RecallFlow> target = flows.find(flow -> concerns(flow, cancellation));
    return target.toEither(() -> (GatewayFailure) new GatewayFailure.Rejected(PlatformCode.PARAMETER_EXCEPTION, "no such flow or node"))
        .flatMap(flow -> refusedAsPlatform(flow.apply(cancellation)))
        .map(this::keep);
  }

  private static boolean concerns(RecallFlow flow, RecallCancellation cancellation) {
    if (cancellation instanceof RecallCancellation.WholeFlow whole) {
      return flow.id().equals(whole.flowId());
    }
    if (cancellation instanceof RecallCancellation.WholeFlowOfTask ofTask) {
      return flow.parentTask().contains(ofTask.parentTask());
    }
    return flow.node(((RecallCancellation.FromNode) cancellation).nodeId()).isDefined();
  }

  private Done keep(RecallFlow changed) {
    store(changed);
    return Done.DONE;
  }

  private static Either<GatewayFailure, RecallFlow> refusedAsPlatform(Either<RecallRejection, RecallFlow> rule) {
    return rule.mapLeft(rejection -> new GatewayFailure.Rejected(PlatformCode.PARAMETER_EXCEPTION, rejection.message()));
  }

  private static GatewayFailure noSuchFlow(RecallFlowId id) {
    return new GatewayFailure.Rejected(PlatformCode.DATA_NOT_FOUND, "no recall flow " + id);
  }

  /** The stored flow, as the platform holds it (with parent task and nodes). */
  Option<RecallFlow> flow(RecallFlowId id) {
    return flows.find(flow -> flow.id().equals(id));
  }

  Seq<RecallFlowQuery> queries() {
    return queries;
  }

  Seq<RecallFlowId> detailReads() {
    return detailReads;
  }

  Seq<Tuple2<RecallFlowId, RecallPlan>> edits() {
    return edits;
  }

  public Seq<RecallCancellation> cancels() {
    return cancels;
  }

  /** The flows of {@code task}, as stored. */
  Seq<RecallFlow> flowsOf(TaskId task) {
    return flows.filter(flow -> flow.parentTask().contains(task));
  }
}
