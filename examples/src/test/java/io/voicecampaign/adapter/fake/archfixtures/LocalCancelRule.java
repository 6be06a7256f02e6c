package io.voicecampaign.adapter.fake.archfixtures;

import io.voicecampaign.domain.task.TaskStatus;

/** A simulator class that decides by itself whether a task may be cancelled. */
public final class LocalCancelRule {

  /** True when the task has not ended. */
  public static boolean mayCancel(TaskStatus status) {
    return !status.isTerminal();
  }
}
