package io.voicecampaign.adapter.fake;

import static io.voicecampaign.adapter.fake.platform.PlatformFixtures.START;
import static io.voicecampaign.adapter.fake.platform.PlatformFixtures.build;
import static io.voicecampaign.adapter.fake.platform.PlatformFixtures.campaign;
import static io.voicecampaign.adapter.fake.platform.PlatformFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.adapter.fake.clock.VirtualClock;
import io.voicecampaign.adapter.fake.fault.Fault;
import io.voicecampaign.adapter.fake.fault.Operation;
import io.voicecampaign.adapter.fake.platform.PlatformFixtures;
import io.voicecampaign.adapter.fake.platform.PlatformOptions;
import io.voicecampaign.application.VoiceCampaigns;
import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.application.port.in.recall.AwaitRecallFlowCommand;
import io.voicecampaign.application.port.in.recall.CancelRemainingRecallsCommand;
import io.voicecampaign.application.port.in.recall.FindRecallFlowCommand;
import io.voicecampaign.application.port.in.task.LaunchCampaignCommand;
import io.voicecampaign.application.port.in.task.ListTasksCommand;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.application.service.recall.AwaitRecallFlowService;
import io.voicecampaign.application.service.recall.CancelRecallFlowService;
import io.voicecampaign.application.service.recall.CancelRemainingRecallsService;
import io.voicecampaign.application.service.recall.EditRecallFlowService;
import io.voicecampaign.application.service.recall.FindRecallFlowService;
import io.voicecampaign.application.service.recall.GetRecallFlowService;
import io.voicecampaign.application.service.recall.ListRecallFlowsService;
import io.voicecampaign.application.service.task.CancelTasksService;
import io.voicecampaign.application.service.task.LaunchCampaignService;
import io.voicecampaign.application.service.task.ListTasksService;
import io.voicecampaign.domain.recall.RecallCancellation;
import io.voicecampaign.domain.recall.RecallFlow;
import io.voicecampaign.domain.recall.RecallStatus;
import io.voicecampaign.domain.recall.RecallType;
import io.voicecampaign.domain.shared.PlatformCode;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.domain.task.TaskStatus;
import io.vavr.control.Either;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("FakeVoiceCampaigns wires every use case to the simulated platform")
class FakeVoiceCampaignsTest {

  private final VirtualClock clock = VirtualClock.at(START);
  private final FakeVoiceCampaigns fake = FakeVoiceCampaigns.create(PlatformFixtures.SEED, clock, PlatformOptions.defaults());
  private final VoiceCampaigns sdk = fake;

  @Test
  @DisplayName("each accessor gives the application's service")
  void everyUseCaseIsWired() {
    assertThat(sdk.launchCampaign()).isInstanceOf(LaunchCampaignService.class);
    assertThat(sdk.listTasks()).isInstanceOf(ListTasksService.class);
    assertThat(sdk.cancelTasks()).isInstanceOf(CancelTasksService.class);
    assertThat(sdk.listRecallFlows()).isInstanceOf(ListRecallFlowsService.class);
    assertThat(sdk.getRecallFlow()).isInstanceOf(GetRecallFlowService.class);
    assertThat(sdk.findRecallFlow()).isInstanceOf(FindRecallFlowService.class);
    assertThat(sdk.editRecallFlow()).isInstanceOf(EditRecallFlowService.class);
    assertThat(sdk.cancelRecallFlow()).isInstanceOf(CancelRecallFlowService.class);
    assertThat(sdk.cancelRemainingRecalls()).isInstanceOf(CancelRemainingRecallsService.class);
    assertThat(sdk.awaitRecallFlow()).isInstanceOf(AwaitRecallFlowService.class);
    assertThat(fake.clock()).isSameAs(clock);
    assertThat(fake.platform().clock()).isSameAs(clock);
  }

  @Test
  @DisplayName("a campaign launched through the use cases runs on the platform, and awaiting its flow takes virtual time only")
  void launchFollowAndAwait() {
    TaskId task = sdk.launchCampaign()
        .launch(new LaunchCampaignCommand(build(campaign("wired", 50).recall(plan(RecallType.FAILED, 30, 3))))).get();
    assertThat(fake.platform().task(task).get().status()).isEqualTo(TaskStatus.WAITING_TO_SUBMIT);
    assertThat(sdk.listTasks().page(new ListTasksCommand(PlatformFixtures.allTasks())).get().records()).hasSize(1);

    RecallFlow flow = sdk.findRecallFlow().find(new FindRecallFlowCommand(task, PlatformFixtures.allTasks().createdWithin())).get();
    assertThat(flow.parentTask()).contains(task);
    assertThat(flow.nodes()).hasSize(3);

    RecallFlow done = sdk.awaitRecallFlow().await(AwaitRecallFlowCommand.of(flow.id(), Duration.ofDays(1))).get();

    assertThat(done.status()).isEqualTo(RecallStatus.COMPLETED);
    assertThat(clock.instant()).as("the sleeper advanced the virtual clock").isAfter(START.plus(Duration.ofMinutes(90)));
    assertThat(fake.platform().requestCount(Operation.FLOW_DETAIL)).isGreaterThan(2);
  }

  @Test
  @DisplayName("cancelling the remaining recalls goes through the platform's rules")
  void cancelRemaining() {
    TaskId task = sdk.launchCampaign()
        .launch(new LaunchCampaignCommand(build(campaign("remaining", 10).recall(plan(RecallType.ALL, 30, 2))))).get();
    RecallFlow flow = fake.platform().flowOfTask(task).get();

    RecallCancellation sent = sdk.cancelRemainingRecalls().cancelRemaining(new CancelRemainingRecallsCommand(flow.id())).get();

    assertThat(sent).isEqualTo(new RecallCancellation.WholeFlow(flow.id()));
    assertThat(fake.platform().flow(flow.id()).get().status()).isEqualTo(RecallStatus.CANCELLED);
  }

  @Test
  @DisplayName("injected platform codes reach the caller as gateway failures")
  void faultsReachTheCaller() {
    fake.platform().injectFault(Operation.LAUNCH, 1, Fault.answer(PlatformCode.CONCURRENT_TASK_LIMIT, "too many"));

    Either<Failure, TaskId> launched = sdk.launchCampaign().launch(new LaunchCampaignCommand(build(campaign("limited", 1))));

    assertThat(launched.getLeft()).isEqualTo(new Failure.Gateway(
        new GatewayFailure.Rejected(PlatformCode.CONCURRENT_TASK_LIMIT, "too many")));
  }
}
