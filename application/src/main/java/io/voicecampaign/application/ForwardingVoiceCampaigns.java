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
import java.util.Objects;

/**
 * A {@link VoiceCampaigns} that hands every use case over from another one: the base of the
 * transports' public entry points, which add what is their own (the simulator's controls, the HTTP
 * client's {@code close()}).
 */
public abstract class ForwardingVoiceCampaigns implements VoiceCampaigns {

  private final VoiceCampaigns delegate;

  /** Forwards to {@code delegate}. */
  protected ForwardingVoiceCampaigns(VoiceCampaigns delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate == null");
  }

  @Override
  public LaunchCampaignUseCase launchCampaign() {
    return delegate.launchCampaign();
  }

  @Override
  public BulkLaunchUseCase bulkLaunch() {
    return delegate.bulkLaunch();
  }

  @Override
  public AwaitTaskUseCase awaitTask() {
    return delegate.awaitTask();
  }

  @Override
  public ListTasksUseCase listTasks() {
    return delegate.listTasks();
  }

  @Override
  public CancelTasksUseCase cancelTasks() {
    return delegate.cancelTasks();
  }

  @Override
  public ListRecallFlowsUseCase listRecallFlows() {
    return delegate.listRecallFlows();
  }

  @Override
  public GetRecallFlowUseCase getRecallFlow() {
    return delegate.getRecallFlow();
  }

  @Override
  public FindRecallFlowUseCase findRecallFlow() {
    return delegate.findRecallFlow();
  }

  @Override
  public EditRecallFlowUseCase editRecallFlow() {
    return delegate.editRecallFlow();
  }

  @Override
  public CancelRecallFlowUseCase cancelRecallFlow() {
    return delegate.cancelRecallFlow();
  }

  @Override
  public CancelRemainingRecallsUseCase cancelRemainingRecalls() {
    return delegate.cancelRemainingRecalls();
  }

  @Override
  public AwaitRecallFlowUseCase awaitRecallFlow() {
    return delegate.awaitRecallFlow();
  }

}
