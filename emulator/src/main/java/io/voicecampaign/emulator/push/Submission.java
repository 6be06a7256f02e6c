package io.voicecampaign.emulator.push;

/** What became of a submitted batch. */
public enum Submission {
  /** It is queued for delivery. */
  ACCEPTED,
  /** No target is set: the batch is not pushed, as the platform pushes nothing without an address. */
  NO_TARGET,
  /** As many batches as the queue holds are unfinished: the batch is refused and counted, never sent. */
  QUEUE_FULL
}
