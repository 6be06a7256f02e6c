package example;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.voicecampaign.adapter.fake.FakeVoiceCampaigns;
import io.voicecampaign.adapter.fake.clock.VirtualClock;
import io.voicecampaign.application.VoiceCampaigns;
import io.voicecampaign.application.port.in.task.LaunchCampaignCommand;
import io.voicecampaign.domain.campaign.AgentCampaign;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A user's test on the simulator, with every SDK version taken from the BOM. */
class LaunchOnSimulatorTest {

  @Test
  void launchesOnTheSimulator() {
    VoiceCampaigns sdk = FakeVoiceCampaigns.create(42L, VirtualClock.at(Instant.parse("2025-03-03T01:00:00Z")));
    AgentCampaign campaign = AgentCampaign.builder()
        .appId("Jgd8oFei").agentId(41).taskName("bom-check")
        .addCallee("463200000007", "Alice")
        .build()
        .get();

    assertTrue(sdk.launchCampaign().launch(new LaunchCampaignCommand(campaign)).isRight());
  }
}
