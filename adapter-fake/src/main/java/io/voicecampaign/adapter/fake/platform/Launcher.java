package io.voicecampaign.adapter.fake.platform;

import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.campaign.Callee;
import io.voicecampaign.domain.recall.RecallFlow;
import io.voicecampaign.domain.recall.RecallFlowId;
import io.voicecampaign.domain.recall.RecallPlan;
import io.voicecampaign.domain.recall.RecallSelection;
import io.voicecampaign.domain.shared.AgentId;
import io.voicecampaign.domain.shared.PlatformCode;
import io.voicecampaign.domain.shared.Violation;
import io.voicecampaign.domain.task.TaskId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Instant;

/**
 * Creates a campaign's task and its recall flow ({@code send/agent}) after the checks the platform
 * makes beyond the domain's own: the send time (by the domain's rule, at the platform's time), the
 * account's applications and agents, the task name's uniqueness and the concurrent-task limit.
 * Guarded by the platform's lock.
 */
final class Launcher {

  private final PlatformState state;
  private final TaskLifecycle lifecycle;

  Launcher(PlatformState state, TaskLifecycle lifecycle) {
    this.state = state;
    this.lifecycle = lifecycle;
  }

  Reply<TaskId> launch(AgentCampaign campaign) {
    long now = state.clock.millis();
    // callee count, distinct numbers and the window limit are guaranteed by AgentCampaign itself
    Seq<Violation> problems = campaign.sendTimeProblem(Instant.ofEpochMilli(now)).toList().appendAll(unknownApp(campaign));
    if (!problems.isEmpty()) {
      return Reply.refused(PlatformCode.PARAMETER_EXCEPTION, problems.mkString("; "));
    }
    Seq<AgentId> unknownAgents = unknownAgents(campaign);
    if (!unknownAgents.isEmpty()) {
      return Reply.refused(PlatformCode.TEMPLATE_NOT_FOUND,
          "the AI speech template does not exist: agent " + unknownAgents.mkString(", "));
    }
    String name = campaign.taskName().value();
    if (state.names.contains(name)) {
      return Reply.refused(PlatformCode.TASK_NAME_EXISTS, "task name already exists: '" + name + "'");
    }
    if (state.unfinishedTasks >= state.concurrentTaskLimit) {
      return Reply.refused(PlatformCode.CONCURRENT_TASK_LIMIT, "the group call task you submitted exceeds the maximum "
          + "concurrent task limit (" + state.concurrentTaskLimit + "); complete a task before submitting again");
    }
    long created = ListingViews.truncateToSeconds(now);
    Campaign settings = Campaign.of(campaign, state.options.zone());
    TaskState task = state.newTask(name, created, state.appIndex(campaign.appId()), campaign.agentId(),
        campaign.callees().toJavaArray(Callee[]::new), 0, settings, null);
    long startAt = Math.max(now + state.options.submitDelay().toMillis(),
        campaign.sendTime().map(Instant::toEpochMilli).getOrElse(now));
    lifecycle.accept(task, startAt);
    if (campaign.recallPlan().isDefined()) {
      RecallPlan plan = campaign.recallPlan().get();
      RecallFlow flow = RecallFlow.start(RecallFlowId.of(state.nextFlowId()), task.id, name, Instant.ofEpochMilli(created),
          plan, state.nodeIds);
      FlowState flowState = new FlowState(task, flow, RecallSelection.of(plan));
      task.flow = flowState;
      state.addFlow(flowState);
    }
    return Reply.ok(task.id);
  }

  private Seq<Violation> unknownApp(AgentCampaign campaign) {
    return !state.options.knownApps().isEmpty() && !state.options.knownApps().contains(campaign.appId())
        ? List.of(Violation.of("appId", campaign.appId(), "must be an application of this account"))
        : List.empty();
  }

  private Seq<AgentId> unknownAgents(AgentCampaign campaign) {
    if (state.options.knownAgents().isEmpty()) {
      return List.empty();
    }
    Seq<AgentId> named = List.of(campaign.agentId())
        .appendAll(campaign.recallPlan().map(RecallPlan::agents).getOrElse(List.empty()));
    return named.distinct().filter(agent -> !state.options.knownAgents().contains(agent));
  }
}
