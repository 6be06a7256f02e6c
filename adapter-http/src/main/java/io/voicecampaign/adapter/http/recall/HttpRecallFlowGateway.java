package io.voicecampaign.adapter.http.recall;

import io.voicecampaign.adapter.http.config.PlatformEndpoint;
import io.voicecampaign.adapter.http.core.PlatformExchange;
import io.voicecampaign.adapter.http.core.PlatformTransport;
import io.voicecampaign.adapter.http.recall.wire.RecallFlowCancelRequest;
import io.voicecampaign.adapter.http.recall.wire.RecallFlowDetail;
import io.voicecampaign.adapter.http.recall.wire.RecallFlowDetailRequest;
import io.voicecampaign.adapter.http.recall.wire.RecallFlowPage;
import io.voicecampaign.adapter.http.recall.wire.RecallFlowQueryRequest;
import io.voicecampaign.adapter.http.recall.wire.RecallFlowUpdateRequest;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.application.port.out.RecallFlowGateway;
import io.voicecampaign.domain.recall.RecallCancellation;
import io.voicecampaign.domain.recall.RecallFlow;
import io.voicecampaign.domain.recall.RecallFlowId;
import io.voicecampaign.domain.recall.RecallFlowQuery;
import io.voicecampaign.domain.recall.RecallPlan;
import io.voicecampaign.domain.shared.Done;
import io.voicecampaign.domain.shared.Page;
import io.voicecampaign.domain.shared.Violation;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.ZoneId;
import java.util.Objects;

/**
 * {@link RecallFlowGateway} over the platform's HTTP API: {@code queryPage} and {@code queryDetail}
 * retried as reads, {@code update} retried as a whole-state replacement, {@code cancel} repeated only
 * when it provably was not processed. Thread-safe.
 */
public final class HttpRecallFlowGateway implements RecallFlowGateway {

  private final RecallFlowApi api;
  private final PlatformExchange exchange;
  private final ZoneId zone;
  private final String queryPrefix;
  private final String detailPrefix;
  private final String updatePrefix;
  private final String cancelPrefix;

  /** The gateway over {@code transport}. */
  public HttpRecallFlowGateway(PlatformTransport transport) {
    Objects.requireNonNull(transport, "transport == null");
    this.api = transport.api(RecallFlowApi.class);
    this.exchange = transport.exchange();
    this.zone = transport.config().platformZone();
    this.queryPrefix = transport.prefix(PlatformEndpoint.QUERY_RECALL_FLOWS);
    this.detailPrefix = transport.prefix(PlatformEndpoint.RECALL_FLOW_DETAIL);
    this.updatePrefix = transport.prefix(PlatformEndpoint.UPDATE_RECALL_FLOW);
    this.cancelPrefix = transport.prefix(PlatformEndpoint.CANCEL_RECALL_FLOW);
  }

  @Override
  public Either<GatewayFailure, Page<RecallFlow>> queryFlows(RecallFlowQuery query) {
    Objects.requireNonNull(query, "query == null");
    RecallFlowQueryRequest request = RecallFlowMapper.toRequest(query, zone);
    return exchange.fetch(() -> api.queryPage(queryPrefix, request), RecallFlowPage.class,
        page -> RecallFlowMapper.toDomain(page, query.page(), zone));
  }

  @Override
  public Either<GatewayFailure, RecallFlow> flowDetail(RecallFlowId id) {
    Objects.requireNonNull(id, "id == null");
    RecallFlowDetailRequest request = new RecallFlowDetailRequest(id.value());
    return exchange.fetch(() -> api.queryDetail(detailPrefix, request), RecallFlowDetail.class, RecallFlowMapper::toDomain);
  }

  @Override
  public Either<GatewayFailure, Done> editFlow(RecallFlowId id, RecallPlan plan) {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(plan, "plan == null");
    Option<Violation> unnamed = plan.checkAgentsNamed("plan.agents");
    if (unnamed.isDefined()) {
      return Either.left(new GatewayFailure.InvalidRequest(List.of(unnamed.get())));
    }
    RecallFlowUpdateRequest request = RecallFlowMapper.toRequest(id, plan);
    return exchange.send(() -> api.update(updatePrefix, request)).map(envelope -> Done.DONE);
  }

  @Override
  public Either<GatewayFailure, Done> cancelFlow(RecallCancellation cancellation) {
    Objects.requireNonNull(cancellation, "cancellation == null");
    RecallFlowCancelRequest request = RecallFlowMapper.toRequest(cancellation);
    return exchange.send(() -> api.cancel(cancelPrefix, request)).map(envelope -> Done.DONE);
  }
}
