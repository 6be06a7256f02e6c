package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.voicecampaign.adapter.http.HttpVoiceCampaigns;
import io.voicecampaign.adapter.http.config.HttpConfig;
import io.voicecampaign.application.VoiceCampaigns;
import io.voicecampaign.application.port.in.task.LaunchCampaignCommand;
import io.voicecampaign.application.port.in.task.ListTasksCommand;
import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.shared.TimeRange;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.domain.task.TaskQuery;
import io.voicecampaign.emulator.Emulator;
import io.voicecampaign.emulator.EmulatorConfig;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A user's service launching a campaign over HTTP against the emulator, built outside the SDK's reactor. */
class LaunchOverHttpTest {

  @Test
  void launchesAndListsTheTask() throws Exception {
    try (Emulator emulator = Emulator.start(EmulatorConfig.builder().port(0).timeScale(0).build())) {
      HttpConfig config = HttpConfig.builder()
          .baseUrl(emulator.baseUrl().toString())
          .apiKey(emulator.config().apiKey())
          .apiSecret(emulator.config().apiSecret())
          .appId(emulator.config().appId().value())
          .build();
      VoiceCampaigns sdk = HttpVoiceCampaigns.create(config);
      AgentCampaign campaign = AgentCampaign.builder()
          .appId(emulator.config().appId().value()).agentId(41).taskName("consumer-check")
          .addCallee("463200000007", "Alice")
          .build()
          .get();

      TaskId id = sdk.launchCampaign().launch(new LaunchCampaignCommand(campaign)).get();

      TimeRange today = TimeRange.between(emulator.now().minus(Duration.ofHours(1)), emulator.now().plus(Duration.ofHours(1)));
      var page = sdk.listTasks().page(new ListTasksCommand(TaskQuery.within(today, 20))).get();
      assertEquals(1, page.records().size());
      assertTrue(page.records().exists(task -> task.id().equals(id)));
    }
  }
}
