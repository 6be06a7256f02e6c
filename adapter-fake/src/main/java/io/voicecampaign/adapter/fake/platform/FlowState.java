package io.voicecampaign.adapter.fake.platform;

import io.voicecampaign.domain.recall.RecallFlow;
import io.voicecampaign.domain.recall.RecallSelection;

/**
 * One simulated recall flow, guarded by the platform's lock. The flow itself is the domain's
 * immutable {@link RecallFlow}, replaced only by what its rule methods return; around it sit what
 * the simulator needs to run the next attempt.
 */
final class FlowState {

  final TaskState parent;
  RecallFlow flow;
  /** Whom the next attempt redials, from the plan (the domain's flow does not keep its intents). */
  RecallSelection selection;
  /** The task whose results the next attempt redials, once it has ended; null before. */
  TaskState lastTask;
  /** When {@link #lastTask} ended. */
  long readyAt;
  /** Bumped on every change that invalidates a scheduled node start. */
  long version;

  FlowState(TaskState parent, RecallFlow flow, RecallSelection selection) {
    this.parent = parent;
    this.flow = flow;
    this.selection = selection;
  }
}
