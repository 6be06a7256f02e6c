package io.voicecampaign.application.testing;

import io.voicecampaign.domain.recall.RecallFlow;
import io.voicecampaign.domain.recall.RecallFlowId;
import io.voicecampaign.domain.recall.RecallNode;
import io.voicecampaign.domain.recall.RecallPlan;
import io.voicecampaign.domain.recall.RecallType;
import io.voicecampaign.domain.shared.AgentId;
import io.voicecampaign.domain.task.TaskId;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Recall flows in each state a test needs, built through the domain's own transitions so they are
 * states the rules can reach. A flow's nodes have ids {@code flowId * 100 + 1, + 2, ...}; the child
 * task of attempt {@code n} is {@code parentTask * 10 + n}. Every flow has {@link #ATTEMPTS} attempts
 * unless said otherwise.
 */
public final class RecallFlowFixtures {

  /** The parent task of the fixtures' flows unless said otherwise. */
  public static final TaskId PARENT_TASK = TaskId.of(5_009_611);
  /** The parent task's name. */
  public static final String PARENT_TASK_NAME = "spring-renewals";
  /** When the fixtures' flows were created. */
  public static final Instant CREATED = Instant.parse("2026-03-30T11:30:13Z");
  /** The agent of every attempt. */
  public static final AgentId AGENT = AgentId.of(41);
  /** How many attempts a fixture flow makes. */
  public static final int ATTEMPTS = 3;

  private RecallFlowFixtures() {}

  /** A plan redialling the failed calls {@code attempts} times every 30 minutes, with the default agent. */
  public static RecallPlan plan(int attempts) {
    return new RecallPlan(RecallType.FAILED, 30, attempts, List.empty(), List.empty());
  }

  /** A pending flow of {@link #PARENT_TASK}: no attempt started. */
  public static RecallFlow pending(long flowId) {
    return pending(flowId, PARENT_TASK, PARENT_TASK_NAME);
  }

  /** A pending flow of {@code parent}. */
  public static RecallFlow pending(long flowId, TaskId parent, String parentName) {
    return pending(flowId, parent, parentName, CREATED);
  }

  /** A pending flow of {@code parent} created at {@code created}. */
  public static RecallFlow pending(long flowId, TaskId parent, String parentName, Instant created) {
    AtomicLong nodeIds = new AtomicLong(flowId * 100);
    return RecallFlow.start(RecallFlowId.of(flowId), parent, parentName, created, plan(ATTEMPTS).withDefaultAgent(AGENT),
        nodeIds::incrementAndGet);
  }

  /** A flow whose first attempt is running; the later ones are pending. */
  public static RecallFlow firstAttemptRunning(long flowId) {
    return start(pending(flowId), 1);
  }

  /** A flow whose first attempt completed and whose second is running; the third is pending. */
  public static RecallFlow secondAttemptRunning(long flowId) {
    RecallFlow flow = complete(firstAttemptRunning(flowId), 1);
    return start(flow, 2);
  }

  /** A flow whose last attempt is running: nothing is pending any more. */
  public static RecallFlow lastAttemptRunning(long flowId) {
    RecallFlow flow = firstAttemptRunning(flowId);
    for (int attempt = 1; attempt < ATTEMPTS; attempt++) {
      flow = start(complete(flow, attempt), attempt + 1);
    }
    return flow;
  }

  /** A flow whose attempts all completed. */
  public static RecallFlow completed(long flowId) {
    return complete(lastAttemptRunning(flowId), ATTEMPTS);
  }

  /** A pending flow cancelled whole. */
  public static RecallFlow cancelled(long flowId) {
    return pending(flowId).cancel().get();
  }

  /** A flow whose first attempt failed to run: execution exception. */
  public static RecallFlow failed(long flowId) {
    RecallFlow running = firstAttemptRunning(flowId);
    return running.failNode(node(running, 1).id()).get();
  }

  /** The node of attempt {@code attempt} (from 1). */
  public static RecallNode node(RecallFlow flow, int attempt) {
    return flow.nodes().get(attempt - 1);
  }

  /** The flow as the platform lists it: parent task, name and creation time, no nodes. */
  public static RecallFlow asListed(RecallFlow flow) {
    return new RecallFlow(flow.id(), flow.parentTask(), flow.parentTaskName(), flow.createdTime(), flow.type(),
        flow.intervalMinutes(), flow.attempts(), flow.finishedAttempts(), flow.status(), List.empty());
  }

  /** The flow as the platform's detail reports it: nodes, but no parent task, name or creation time. */
  public static RecallFlow asDetailed(RecallFlow flow) {
    return new RecallFlow(flow.id(), Option.none(), Option.none(), Option.none(), flow.type(),
        flow.intervalMinutes(), flow.attempts(), flow.finishedAttempts(), flow.status(), flow.nodes());
  }

  private static RecallFlow start(RecallFlow flow, int attempt) {
    long parent = flow.parentTask().map(TaskId::value).getOrElse(PARENT_TASK.value());
    return flow.startNextNode(TaskId.of(parent * 10 + attempt)).get();
  }

  private static RecallFlow complete(RecallFlow flow, int attempt) {
    return flow.completeNode(node(flow, attempt).id()).get();
  }
}
