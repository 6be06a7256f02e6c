package io.voicecampaign.adapter.http;

import io.voicecampaign.adapter.http.core.PlatformTransport;
import io.voicecampaign.adapter.http.recall.HttpRecallFlowGateway;
import io.voicecampaign.adapter.http.task.HttpGroupCallGateway;
import io.voicecampaign.application.port.out.GroupCallGateway;
import io.voicecampaign.application.port.out.RecallFlowGateway;

/**
 * The HTTP adapter's two out-ports, sharing one transport; for code that drives the ports directly
 * (contract tests, custom use cases). Closing it ends the transport's threads and connections, as
 * closing {@link HttpVoiceCampaigns} does.
 */
public final class HttpGateways implements AutoCloseable {

  private final PlatformTransport transport;
  private final GroupCallGateway groupCalls;
  private final RecallFlowGateway recallFlows;

  HttpGateways(PlatformTransport transport) {
    this.transport = transport;
    this.groupCalls = new HttpGroupCallGateway(transport);
    this.recallFlows = new HttpRecallFlowGateway(transport);
  }

  /** The group-call task gateway. */
  public GroupCallGateway groupCalls() {
    return groupCalls;
  }

  /** The recall-flow gateway. */
  public RecallFlowGateway recallFlows() {
    return recallFlows;
  }

  @Override
  public void close() {
    transport.close();
  }

  @Override
  public String toString() {
    return "HttpGateways[" + transport.config() + "]";
  }
}
