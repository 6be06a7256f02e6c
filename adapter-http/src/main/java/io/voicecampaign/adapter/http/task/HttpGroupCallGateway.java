package io.voicecampaign.adapter.http.task;

import io.voicecampaign.adapter.http.config.PlatformEndpoint;
import io.voicecampaign.adapter.http.core.PlatformExchange;
import io.voicecampaign.adapter.http.core.PlatformTransport;
import io.voicecampaign.adapter.http.task.wire.CancelTasksRequest;
import io.voicecampaign.adapter.http.task.wire.TaskPage;
import io.voicecampaign.adapter.http.task.wire.TaskQueryRequest;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.application.port.out.GroupCallGateway;
import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.shared.Done;
import io.voicecampaign.domain.shared.Page;
import io.voicecampaign.domain.shared.Violation;
import io.voicecampaign.domain.task.GroupCallTask;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.domain.task.TaskQuery;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.ZoneId;
import java.util.Objects;

/**
 * {@link GroupCallGateway} over the platform's HTTP API: {@code send/agent} re-sent only when the
 * platform provably did not act on it (an unknown outcome is the launch use case's to settle),
 * {@code query} retried as a read, {@code cancel} repeated only when it provably was not processed.
 * Thread-safe.
 */
public final class HttpGroupCallGateway implements GroupCallGateway {

  private final GroupCallApi api;
  private final PlatformExchange exchange;
  private final ZoneId zone;
  private final String createPrefix;
  private final String queryPrefix;
  private final String cancelPrefix;
  private final boolean aiAgentQueryPath;

  /** The gateway over {@code transport}. */
  public HttpGroupCallGateway(PlatformTransport transport) {
    Objects.requireNonNull(transport, "transport == null");
    this.api = transport.api(GroupCallApi.class);
    this.exchange = transport.exchange();
    this.zone = transport.config().platformZone();
    this.createPrefix = transport.prefix(PlatformEndpoint.CREATE_TASK);
    this.queryPrefix = transport.prefix(PlatformEndpoint.QUERY_TASKS);
    this.cancelPrefix = transport.prefix(PlatformEndpoint.CANCEL_TASKS);
    this.aiAgentQueryPath = !transport.config().pathPrefix(PlatformEndpoint.QUERY_TASKS).endsWith("/v3");
  }

  @Override
  public Either<GatewayFailure, TaskId> launch(AgentCampaign campaign) {
    Objects.requireNonNull(campaign, "campaign == null");
    return exchange.create(() -> api.create(createPrefix, CreateTaskBody.sized(campaign, zone)), Long.class, TaskId::of);
  }

  @Override
  public Either<GatewayFailure, Page<GroupCallTask>> queryTasks(TaskQuery query) {
    Objects.requireNonNull(query, "query == null");
    TaskQueryRequest request = TaskMapper.toRequest(query, zone, aiAgentQueryPath);
    return exchange.fetch(() -> api.query(queryPrefix, request), TaskPage.class,
        page -> TaskMapper.toDomain(page, query.page(), zone));
  }

  @Override
  public Either<GatewayFailure, Done> cancelTasks(Seq<TaskId> ids) {
    Objects.requireNonNull(ids, "ids == null");
    if (ids.isEmpty()) {
      return Either.left(new GatewayFailure.InvalidRequest(List.of(Violation.of("taskIds", "[]", "must hold at least one task id"))));
    }
    CancelTasksRequest request = TaskMapper.toRequest(ids);
    return exchange.send(() -> api.cancel(cancelPrefix, request)).map(envelope -> Done.DONE);
  }
}
