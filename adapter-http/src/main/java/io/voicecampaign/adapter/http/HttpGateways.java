package io.voicecampaign.adapter.http;

import io.voicecampaign.application.port.out.GroupCallGateway;
import io.voicecampaign.application.port.out.RecallFlowGateway;
import java.util.Objects;

/**
 * The HTTP adapter's two out-ports, sharing one transport; for code that drives the ports directly
 * (contract tests, custom use cases).
 *
 * @param groupCalls  the group-call task gateway
 * @param recallFlows the recall-flow gateway
 */
public record HttpGateways(GroupCallGateway groupCalls, RecallFlowGateway recallFlows) {

  public HttpGateways {
    Objects.requireNonNull(groupCalls, "groupCalls == null");
    Objects.requireNonNull(recallFlows, "recallFlows == null");
  }
}
