package io.voicecampaign.adapter.fake.platform;

import io.voicecampaign.domain.recall.IntentCode;
import io.voicecampaign.domain.recall.RecallFlow;
import java.util.HashSet;
import java.util.Set;

/**
 * One simulated recall flow, guarded by the platform's lock. The flow itself is the domain's
 * immutable {@link RecallFlow}, replaced only by what its rule methods return; around it sit what
 * the simulator needs to run the next attempt.
 */
final class FlowState {

  final TaskState parent;
  RecallFlow flow;
  /** The intent codes a recall by intent selects (the domain's flow does not keep them). */
  Set<IntentCode> intents;
  /** The task whose results the next attempt redials, once it has ended; null before. */
  TaskState lastTask;
  /** When {@link #lastTask} ended. */
  long readyAt;
  /** Bumped on every change that invalidates a scheduled node start. */
  long version;

  FlowState(TaskState parent, RecallFlow flow, Iterable<IntentCode> intents) {
    this.parent = parent;
    this.flow = flow;
    this.intents = toSet(intents);
  }

  static Set<IntentCode> toSet(Iterable<IntentCode> codes) {
    Set<IntentCode> set = new HashSet<>();
    codes.forEach(set::add);
    return set;
  }
}
