package io.voicecampaign.adapter.fake.gateway;

import io.voicecampaign.application.port.out.GroupCallGateway;
import io.voicecampaign.application.port.out.contract.GroupCallGatewayContract;
import io.voicecampaign.application.port.out.contract.PlatformControl;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("The fake group-call gateway keeps the platform's contract")
class FakeGroupCallGatewayContractTest extends GroupCallGatewayContract {

  @RegisterExtension
  final FakePlatform platform = new FakePlatform();

  @Override
  protected GroupCallGateway gateway() {
    return platform.groupCalls();
  }

  @Override
  protected PlatformControl control() {
    return platform.control();
  }
}
