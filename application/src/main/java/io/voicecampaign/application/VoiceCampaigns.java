package io.voicecampaign.application;

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

/**
 * Every use case of the SDK, wired to one transport. Get one from an adapter's factory (the in-memory
 * simulator for tests, HTTP for the platform) and use only this interface: swapping the transport
 * changes one line.
 */
public interface VoiceCampaigns {

  /** Launch an AI-agent campaign. */
  LaunchCampaignUseCase launchCampaign();

  /** Launch a campaign of any size as tasks of at most 200,000 callees, resumable after a crash. */
  BulkLaunchUseCase bulkLaunch();

  /** Wait for a task to be final. */
  AwaitTaskUseCase awaitTask();

  /** List group-call tasks. */
  ListTasksUseCase listTasks();

  /** Cancel group-call tasks. */
  CancelTasksUseCase cancelTasks();

  /** List recall flows. */
  ListRecallFlowsUseCase listRecallFlows();

  /** Get one recall flow with its nodes. */
  GetRecallFlowUseCase getRecallFlow();

  /** Find the recall flow of a task. */
  FindRecallFlowUseCase findRecallFlow();

  /** Edit a pending recall flow. */
  EditRecallFlowUseCase editRecallFlow();

  /** Cancel a recall flow whole or from a node on. */
  CancelRecallFlowUseCase cancelRecallFlow();

  /** Cancel the recall attempts that have not started. */
  CancelRemainingRecallsUseCase cancelRemainingRecalls();

  /** Wait for a recall flow to finish. */
  AwaitRecallFlowUseCase awaitRecallFlow();
}
