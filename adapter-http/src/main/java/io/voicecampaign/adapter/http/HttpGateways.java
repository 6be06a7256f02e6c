package io.voicecampaign.adapter.http;

import io.voicecampaign.adapter.http.core.PlatformTransport;
import io.voicecampaign.adapter.http.recall.HttpRecallFlowGateway;
import io.voicecampaign.adapter.http.report.CallReportParser;
import io.voicecampaign.adapter.http.task.HttpGroupCallGateway;
import io.voicecampaign.application.port.out.CallReportDecoder;
import io.voicecampaign.application.port.out.GroupCallGateway;
import io.voicecampaign.application.port.out.RecallFlowGateway;

/**
 * The HTTP adapter's out-ports: the two gateways, sharing one transport, and the push body reader;
 * for code that drives the ports directly (contract tests, custom use cases). The report receiver
 * is one line from here:
 * {@code new ReceiveCallReportsService(gateways.callReports(), InMemoryReportLedger.create())}.
 * Closing it ends the transport's threads and connections, as closing {@link HttpVoiceCampaigns}
 * does.
 */
public final class HttpGateways implements AutoCloseable {

  private final PlatformTransport transport;
  private final GroupCallGateway groupCalls;
  private final RecallFlowGateway recallFlows;
  private final CallReportDecoder callReports;

  HttpGateways(PlatformTransport transport) {
    this.transport = transport;
    this.groupCalls = new HttpGroupCallGateway(transport);
    this.recallFlows = new HttpRecallFlowGateway(transport);
    this.callReports = CallReportParser.builder().platformZone(transport.config().platformZone()).build();
  }

  /** The group-call task gateway. */
  public GroupCallGateway groupCalls() {
    return groupCalls;
  }

  /** The recall-flow gateway. */
  public RecallFlowGateway recallFlows() {
    return recallFlows;
  }

  /** The reader of status-report push bodies, in the configured platform zone. */
  public CallReportDecoder callReports() {
    return callReports;
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
