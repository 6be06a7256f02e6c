package io.voicecampaign.adapter.fake.platform;

import io.voicecampaign.adapter.fake.clock.VirtualClock;
import io.voicecampaign.domain.campaign.Callee;
import io.voicecampaign.domain.recall.RecallNode;
import io.voicecampaign.domain.recall.RecallNodeId;
import io.voicecampaign.domain.shared.AgentId;
import io.voicecampaign.domain.shared.AppId;
import io.voicecampaign.domain.task.TaskId;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Everything the simulated platform holds: its tasks and flows with their indexes, the ids it hands
 * out, its limits and counters. Mutable, guarded by the platform's lock; the parts that run the
 * platform read and change it.
 */
final class PlatformState {

  static final long FIRST_TASK_ID = 5_000_001L;
  static final long FIRST_FLOW_ID = 1_001L;
  static final long FIRST_NODE_ID = 1_000_001L;

  final long seed;
  final PlatformOptions options;
  final VirtualClock clock;

  final ArrayList<TaskState> tasks = new ArrayList<>();
  final Map<Long, TaskState> tasksById = new HashMap<>();
  final Set<String> names = new HashSet<>();
  final ArrayList<FlowState> flows = new ArrayList<>();
  final Map<Long, FlowState> flowsById = new HashMap<>();
  final Map<Long, FlowState> flowsByNode = new HashMap<>();
  private final Map<AppId, Integer> appIndexes = new HashMap<>();

  int concurrentTaskLimit;
  long listingDelayMillis;
  int unfinishedTasks;
  int submissionsToFail;

  private long nextTaskId = FIRST_TASK_ID;
  private long nextFlowId = FIRST_FLOW_ID;
  private long nextNodeId = FIRST_NODE_ID;
  /** Hands out recall-node ids, for the domain's flow rules that make nodes. */
  final LongSupplier nodeIds = () -> nextNodeId++;

  PlatformState(long seed, VirtualClock clock, PlatformOptions options) {
    this.seed = seed;
    this.clock = clock;
    this.options = options;
    this.concurrentTaskLimit = options.concurrentTaskLimit();
  }

  /** A new task, waiting to submit, with the next id; its name is taken from now on. */
  TaskState newTask(String name, long created, int appIndex, AgentId agent, Callee[] callees, int attempt,
      Campaign settings, RecallNodeId node) {
    TaskState task = new TaskState(TaskId.of(nextTaskId++), name, created, appIndex, agent, callees, attempt, settings,
        node, options.outcomeModel(), seed, options.callsPerMinute());
    tasks.add(task);
    tasksById.put(task.id.value(), task);
    names.add(name);
    return task;
  }

  /** The next flow id. */
  long nextFlowId() {
    return nextFlowId++;
  }

  /** Registers {@code flow} under its id and the ids of its nodes. */
  void addFlow(FlowState flow) {
    flows.add(flow);
    flowsById.put(flow.flow.id().value(), flow);
    indexNodes(flow);
  }

  /** Indexes the nodes {@code flow} holds now. */
  void indexNodes(FlowState flow) {
    for (RecallNode node : flow.flow.nodes()) {
      flowsByNode.put(node.id().value(), flow);
    }
  }

  /** Forgets the nodes {@code flow} holds now, before they are replaced. */
  void unindexNodes(FlowState flow) {
    for (RecallNode node : flow.flow.nodes()) {
      flowsByNode.remove(node.id().value());
    }
  }

  /** The numeric index ({@code idxAppId}) of {@code app}, given on its first launch. */
  int appIndex(AppId app) {
    return appIndexes.computeIfAbsent(app, ignored -> appIndexes.size() + 1);
  }

  /** The index of {@code app}, if a task was launched for it. */
  Option<Long> appIndexOf(AppId app) {
    return Option.of(appIndexes.get(app)).map(Integer::longValue);
  }
}
