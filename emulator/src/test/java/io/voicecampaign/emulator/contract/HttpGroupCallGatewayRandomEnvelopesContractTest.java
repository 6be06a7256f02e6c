package io.voicecampaign.emulator.contract;

import io.voicecampaign.application.port.out.GroupCallGateway;
import io.voicecampaign.application.port.out.contract.GroupCallGatewayContract;
import io.voicecampaign.application.port.out.contract.PlatformControl;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("The HTTP group-call gateway keeps the platform's contract when every answer comes in any of the four envelopes")
class HttpGroupCallGatewayRandomEnvelopesContractTest extends GroupCallGatewayContract {

  @RegisterExtension
  static final EmulatorPlatform PLATFORM = EmulatorPlatform.answering("random");

  @Override
  protected GroupCallGateway gateway() {
    return PLATFORM.groupCalls();
  }

  @Override
  protected PlatformControl control() {
    return PLATFORM.control();
  }
}
