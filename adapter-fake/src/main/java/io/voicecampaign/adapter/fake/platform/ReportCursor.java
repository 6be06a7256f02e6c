package io.voicecampaign.adapter.fake.platform;

/**
 * How far one task's calls have been reported. A release at instant R reports every call that hung up
 * by R and not by the release before, so no per-call mark is needed: the calls below {@link #below}
 * are all reported, and of those above, the ones that hung up by {@link #upTo}. Guarded by the
 * platform's lock.
 */
final class ReportCursor {

  /** Every call below this index has been reported. */
  int below;
  /** The instant of the last release; a call that hung up by then has been reported. */
  long upTo = Long.MIN_VALUE;
  /** The number of the task's last batch. */
  long sequence;
  /** When the task's last call hangs up, once the task has ended; -1 before. */
  long endAt = -1;
  /** When the next release is scheduled, -1 when none is. */
  long nextAt = -1;
}
