package io.voicecampaign.adapter.fake.platform;

import static io.voicecampaign.adapter.fake.platform.PlatformFixtures.START;
import static io.voicecampaign.adapter.fake.platform.PlatformFixtures.build;
import static io.voicecampaign.adapter.fake.platform.PlatformFixtures.campaign;
import static io.voicecampaign.adapter.fake.platform.PlatformFixtures.launch;
import static io.voicecampaign.adapter.fake.platform.PlatformFixtures.plan;
import static io.voicecampaign.adapter.fake.platform.PlatformFixtures.platform;
import static io.voicecampaign.adapter.fake.platform.PlatformFixtures.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.campaign.CallWindow;
import io.voicecampaign.domain.recall.RecallType;
import io.voicecampaign.domain.shared.AgentId;
import io.voicecampaign.domain.shared.AppId;
import io.voicecampaign.domain.shared.InvalidValueException;
import io.voicecampaign.domain.shared.PlatformCode;
import io.voicecampaign.domain.task.TaskId;
import io.vavr.collection.List;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Launching on the simulated platform")
class LaunchValidationTest {

  @Test
  @DisplayName("cannot be handed a campaign the domain forbids: the campaign itself refuses to exist")
  void campaignRulesLiveInTheDomain() {
    AgentCampaign valid = build(campaign("bypassed", 1));

    assertThatThrownBy(() -> new AgentCampaign(valid.appId(), valid.agentId(), valid.taskName(), valid.displayNumber(),
        List.empty(), valid.sendTime(), valid.maxCallDuration(), valid.maxRingingTime(), valid.recording(),
        valid.calloutRate(),
        List.of(CallWindow.of("08:00", "09:00"), CallWindow.of("10:00", "11:00"), CallWindow.of("12:00", "13:00"),
            CallWindow.of("14:00", "15:00")),
        valid.recallPlan()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("callees").hasMessageContaining("callWindows");
  }

  @Test
  @DisplayName("refuses a send time in the past with -22 naming it, but accepts the current second")
  void pastSendTime() {
    SimulatedPlatform platform = platform();
    platform.advance(Duration.ofMillis(400));

    Reply.Refused<?> refused = refused(platform.launch(build(campaign("past", 1).sendTime(START.minusSeconds(1)))));

    assertThat(refused.code()).isEqualTo(PlatformCode.PARAMETER_EXCEPTION);
    assertThat(refused.reason()).contains("sendTime", "past");
    assertThat(platform.launch(build(campaign("now", 1).sendTime(START)))).isInstanceOf(Reply.Ok.class);
  }

  @Test
  @DisplayName("accepts only the account's applications when they are configured")
  void knownApps() {
    SimulatedPlatform platform = platform(PlatformOptions.defaults().withKnownApps(AppId.of("Jgd8oFei")));

    Reply.Refused<?> refused = refused(platform.launch(build(campaign("other-app", 1).appId("2Xql9RBI"))));

    assertThat(refused.code()).isEqualTo(PlatformCode.PARAMETER_EXCEPTION);
    assertThat(refused.reason()).contains("appId", "2Xql9RBI");
    assertThat(platform.launch(build(campaign("own-app", 1)))).isInstanceOf(Reply.Ok.class);
  }

  @Test
  @DisplayName("refuses agents that are not the account's with -60 at launch and -22 on edit")
  void knownAgents() {
    SimulatedPlatform platform = platform(PlatformOptions.defaults().withKnownAgents(AgentId.of(41), AgentId.of(42)));

    Reply.Refused<?> taskAgent = refused(platform.launch(build(campaign("agent-9", 1).agentId(9))));
    Reply.Refused<?> nodeAgent = refused(platform.launch(build(campaign("node-agent-9", 1)
        .recall(plan(RecallType.ALL, 30, 2).agents(42, 9)))));
    TaskId ok = launch(platform, campaign("known", 1).recall(plan(RecallType.ALL, 30, 2).agents(41, 42)));
    Reply.Refused<?> edit = refused(platform.editFlow(platform.flowOfTask(ok).get().id(),
        build(plan(RecallType.ALL, 30, 1).agents(8))));

    assertThat(taskAgent.code()).isEqualTo(PlatformCode.TEMPLATE_NOT_FOUND);
    assertThat(taskAgent.reason()).contains("9");
    assertThat(nodeAgent.code()).isEqualTo(PlatformCode.TEMPLATE_NOT_FOUND);
    assertThat(edit.code()).isEqualTo(PlatformCode.PARAMETER_EXCEPTION);
    assertThat(edit.reason()).contains("8");
  }

  @Test
  @DisplayName("refuses a name used by a recall child task with -41")
  void childNamesAreTaken() {
    SimulatedPlatform platform = platform();
    launch(platform, campaign("renewals", 5).recall(plan(RecallType.ALL, 1, 1)));
    platform.advanceUntilIdle();

    assertThat(refused(platform.launch(build(campaign("renewals-recall-1", 1)))).code())
        .isEqualTo(PlatformCode.TASK_NAME_EXISTS);
  }

  @Test
  @DisplayName("checks parameters before the name, and the name before the limit")
  void orderOfChecks() {
    SimulatedPlatform platform = platform();
    platform.setConcurrentTaskLimit(1);
    launch(platform, campaign("first", 1));

    assertThat(refused(platform.launch(build(campaign("first", 1).sendTime(START.minusSeconds(60))))).code())
        .isEqualTo(PlatformCode.PARAMETER_EXCEPTION);
    assertThat(refused(platform.launch(build(campaign("first", 1)))).code()).isEqualTo(PlatformCode.TASK_NAME_EXISTS);
    assertThat(refused(platform.launch(build(campaign("second", 1)))).code()).isEqualTo(PlatformCode.CONCURRENT_TASK_LIMIT);
  }

  @Test
  @DisplayName("gives every attempt the campaign's agent when the plan names none")
  void defaultAgent() {
    SimulatedPlatform platform = platform();
    TaskId id = launch(platform, campaign("default-agent", 1).agentId(77).recall(plan(RecallType.ALL, 30, 3)));

    assertThat(platform.flowOfTask(id).get().agents()).hasSize(3).containsOnly(io.vavr.control.Option.some(AgentId.of(77)));
  }
}
