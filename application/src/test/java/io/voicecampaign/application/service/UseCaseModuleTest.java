package io.voicecampaign.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dagger.BindsInstance;
import dagger.Component;
import io.voicecampaign.application.VoiceCampaigns;
import io.voicecampaign.application.port.in.recall.CancelRecallFlowCommand;
import io.voicecampaign.application.port.in.task.LaunchCampaignCommand;
import io.voicecampaign.application.port.out.GroupCallGateway;
import io.voicecampaign.application.port.out.RecallFlowGateway;
import io.voicecampaign.application.port.out.Sleeper;
import io.voicecampaign.application.service.recall.AwaitRecallFlowService;
import io.voicecampaign.application.service.recall.CancelRecallFlowService;
import io.voicecampaign.application.service.recall.CancelRemainingRecallsService;
import io.voicecampaign.application.service.recall.EditRecallFlowService;
import io.voicecampaign.application.service.recall.FakeRecallFlowGateway;
import io.voicecampaign.application.service.recall.FindRecallFlowService;
import io.voicecampaign.application.service.recall.GetRecallFlowService;
import io.voicecampaign.application.service.recall.ListRecallFlowsService;
import io.voicecampaign.application.service.task.CancelTasksService;
import io.voicecampaign.application.service.task.FakeGroupCallGateway;
import io.voicecampaign.application.service.task.LaunchCampaignService;
import io.voicecampaign.application.service.task.ListTasksService;
import io.voicecampaign.application.testing.AgentCampaignFixtures;
import io.voicecampaign.application.testing.VirtualClock;
import io.voicecampaign.domain.fixtures.RecallFlowFixtures;
import io.voicecampaign.domain.recall.RecallFlow;
import io.voicecampaign.domain.shared.Done;
import io.vavr.control.Either;
import java.time.Clock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("UseCaseModule wires every use case")
class UseCaseModuleTest {

  /** A component shaped like an adapter's: the use-case module plus the four runtime inputs. */
  @Component(modules = UseCaseModule.class)
  interface TestComponent extends VoiceCampaigns {

    @Component.Factory
    interface Factory {
      TestComponent create(@BindsInstance GroupCallGateway tasks, @BindsInstance RecallFlowGateway recalls,
          @BindsInstance Clock clock, @BindsInstance Sleeper sleeper);
    }
  }

  private final VirtualClock clock = VirtualClock.at("2026-04-01T03:00:00Z");
  private final RecallFlow pending = RecallFlowFixtures.pending(12);
  private final FakeRecallFlowGateway recalls = new FakeRecallFlowGateway(pending);
  private final VoiceCampaigns campaigns = DaggerUseCaseModuleTest_TestComponent.factory()
      .create(new FakeGroupCallGateway(), recalls, clock, clock.sleeper());

  @Test
  @DisplayName("binds each use case to its service")
  void bindsEveryService() {
    assertThat(campaigns.launchCampaign()).isInstanceOf(LaunchCampaignService.class);
    assertThat(campaigns.listTasks()).isInstanceOf(ListTasksService.class);
    assertThat(campaigns.cancelTasks()).isInstanceOf(CancelTasksService.class);
    assertThat(campaigns.listRecallFlows()).isInstanceOf(ListRecallFlowsService.class);
    assertThat(campaigns.getRecallFlow()).isInstanceOf(GetRecallFlowService.class);
    assertThat(campaigns.findRecallFlow()).isInstanceOf(FindRecallFlowService.class);
    assertThat(campaigns.editRecallFlow()).isInstanceOf(EditRecallFlowService.class);
    assertThat(campaigns.cancelRecallFlow()).isInstanceOf(CancelRecallFlowService.class);
    assertThat(campaigns.cancelRemainingRecalls()).isInstanceOf(CancelRemainingRecallsService.class);
    assertThat(campaigns.awaitRecallFlow()).isInstanceOf(AwaitRecallFlowService.class);
  }

  @Test
  @DisplayName("the wired services use the gateways and the clock given to the component")
  void usesTheGivenInputs() {
    assertThat(campaigns.launchCampaign().launch(new LaunchCampaignCommand(
        AgentCampaignFixtures.scheduledAt("spring-renewals", clock.instant().minusSeconds(1)))).isLeft()).isTrue();
    assertThat(campaigns.launchCampaign().launch(new LaunchCampaignCommand(
        AgentCampaignFixtures.scheduledAt("spring-renewals", clock.instant().plusSeconds(1)))).isRight()).isTrue();
    assertThat(campaigns.cancelRecallFlow().cancel(CancelRecallFlowCommand.wholeFlow(pending.id()))).isEqualTo(Either.right(Done.DONE));
    assertThat(recalls.cancels()).hasSize(1);
  }
}
