package io.voicecampaign.application.service;

import dagger.Binds;
import dagger.Module;
import io.voicecampaign.application.port.in.recall.AwaitRecallFlowUseCase;
import io.voicecampaign.application.port.in.recall.CancelRecallFlowUseCase;
import io.voicecampaign.application.port.in.recall.CancelRemainingRecallsUseCase;
import io.voicecampaign.application.port.in.recall.EditRecallFlowUseCase;
import io.voicecampaign.application.port.in.recall.FindRecallFlowUseCase;
import io.voicecampaign.application.port.in.recall.GetRecallFlowUseCase;
import io.voicecampaign.application.port.in.recall.ListRecallFlowsUseCase;
import io.voicecampaign.application.port.in.task.AwaitTaskUseCase;
import io.voicecampaign.application.port.in.task.BulkLaunchUseCase;
import io.voicecampaign.application.port.in.task.CancelTasksUseCase;
import io.voicecampaign.application.port.in.task.LaunchCampaignUseCase;
import io.voicecampaign.application.port.in.task.ListTasksUseCase;
import io.voicecampaign.application.service.recall.AwaitRecallFlowService;
import io.voicecampaign.application.service.recall.CancelRecallFlowService;
import io.voicecampaign.application.service.recall.CancelRemainingRecallsService;
import io.voicecampaign.application.service.recall.EditRecallFlowService;
import io.voicecampaign.application.service.recall.FindRecallFlowService;
import io.voicecampaign.application.service.recall.GetRecallFlowService;
import io.voicecampaign.application.service.recall.ListRecallFlowsService;
import io.voicecampaign.application.service.task.AwaitTaskService;
import io.voicecampaign.application.service.task.BulkLaunchService;
import io.voicecampaign.application.service.task.CancelTasksService;
import io.voicecampaign.application.service.task.LaunchCampaignService;
import io.voicecampaign.application.service.task.ListTasksService;

/**
 * Binds every use case to its service. An adapter's component includes this module next to its own,
 * which provides {@code GroupCallGateway}, {@code RecallFlowGateway}, {@code java.time.Clock} and
 * {@code Sleeper}.
 */
@Module
public abstract class UseCaseModule {

  private UseCaseModule() {}

  /** Launching a campaign. */
  @Binds
  abstract LaunchCampaignUseCase launchCampaign(LaunchCampaignService service);

  /** Launching a campaign of any size as several tasks. */
  @Binds
  abstract BulkLaunchUseCase bulkLaunch(BulkLaunchService service);

  /** Awaiting a task. */
  @Binds
  abstract AwaitTaskUseCase awaitTask(AwaitTaskService service);

  /** Listing tasks. */
  @Binds
  abstract ListTasksUseCase listTasks(ListTasksService service);

  /** Cancelling tasks. */
  @Binds
  abstract CancelTasksUseCase cancelTasks(CancelTasksService service);

  /** Listing recall flows. */
  @Binds
  abstract ListRecallFlowsUseCase listRecallFlows(ListRecallFlowsService service);

  /** Reading a recall flow. */
  @Binds
  abstract GetRecallFlowUseCase getRecallFlow(GetRecallFlowService service);

  /** Finding the recall flow of a task. */
  @Binds
  abstract FindRecallFlowUseCase findRecallFlow(FindRecallFlowService service);

  /** Editing a recall flow. */
  @Binds
  abstract EditRecallFlowUseCase editRecallFlow(EditRecallFlowService service);

  /** Cancelling a recall flow. */
  @Binds
  abstract CancelRecallFlowUseCase cancelRecallFlow(CancelRecallFlowService service);

  /** Cancelling the remaining recalls of a flow. */
  @Binds
  abstract CancelRemainingRecallsUseCase cancelRemainingRecalls(CancelRemainingRecallsService service);

  /** Awaiting a recall flow. */
  @Binds
  abstract AwaitRecallFlowUseCase awaitRecallFlow(AwaitRecallFlowService service);
}
