package io.voicecampaign.emulator.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.adapter.http.HttpVoiceCampaigns;
import io.voicecampaign.adapter.http.config.HttpConfig;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.emulator.Emulator;
import io.vavr.control.Either;
import java.time.Clock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A 200,000-callee create through the HTTP adapter")
class BigCreateTest {

  @Test
  @DisplayName("reaches the emulator whole, sent with its Content-Length")
  void twoHundredThousandCallees() {
    AgentCampaign.Builder builder = AgentCampaign.builder().appId("Jgd8oFei").agentId(41).taskName("big")
        .expectCallees(AgentCampaign.MAX_CALLEES);
    for (int i = 0; i < AgentCampaign.MAX_CALLEES; i++) {
      builder.addCallee(Long.toString(463_200_000_000L + i), "Customer " + i, "EUR " + (i % 90 + 10));
    }
    AgentCampaign campaign = builder.build().get();
    try (Emulator emulator = HttpContractFixtures.emulator()) {
      HttpConfig config = HttpConfig.builder().baseUrl(emulator.baseUrl().toString()).apiKey(emulator.config().apiKey())
          .apiSecret(emulator.config().apiSecret()).build();

      Either<GatewayFailure, TaskId> launched = HttpVoiceCampaigns.gateways(config, Clock.systemUTC()).groupCalls().launch(campaign);

      assertThat(launched.isRight()).as("%s", launched).isTrue();
      assertThat(emulator.platform().task(launched.get()).get().numbers()).isEqualTo(AgentCampaign.MAX_CALLEES);
      assertThat(emulator.platform().callRecords(launched.get()).get()).isEmpty();
    }
  }
}
