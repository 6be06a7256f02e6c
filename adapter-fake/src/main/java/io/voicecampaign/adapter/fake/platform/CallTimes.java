package io.voicecampaign.adapter.fake.platform;

import io.voicecampaign.adapter.fake.outcome.CallResult;

/**
 * When the moments of one simulated call fall, in whole epoch seconds, and how long it rang and
 * talked. Worked out from the instant the call was placed, how it ended and a hash of the seed, the
 * task and the call, so nothing is kept per call: the same call always gets the same times.
 *
 * <p>The call is submitted in the second it was placed (rounded up), dialled 0-1 s later, and rings
 * 1-3 s after that unless it failed. An answered call rings 1 s up to the ringing limit (at most 20 s)
 * and talks 1 s up to the longest call; an unanswered one rings for the whole ringing limit; a failed
 * one ends 1-3 s after it was dialled, without ringing.
 *
 * @param submit      when the call was submitted
 * @param call        when it was dialled
 * @param ringing     when the phone started ringing; {@link #NONE} for a failed call
 * @param answer      when it was answered; {@link #NONE} when it was not
 * @param hangup      when it ended
 * @param ringSeconds how long it rang
 * @param talkSeconds how long the callee talked to the agent; 0 when not answered
 */
record CallTimes(long submit, long call, long ringing, long answer, long hangup, long ringSeconds, long talkSeconds) {

  /** A moment the call did not have. */
  static final long NONE = -1;

  /** The times of a call placed at {@code placedMillis} that ended with {@code result}. */
  static CallTimes of(long placedMillis, CallResult result, long hash, int maxRingSeconds, int maxCallSeconds) {
    long submit = Math.floorDiv(placedMillis + 999, 1000);
    long call = submit + (hash & 1);
    if (result == CallResult.FAILED) {
      return new CallTimes(submit, call, NONE, NONE, call + 1 + Long.remainderUnsigned(hash >>> 1, 3), 0, 0);
    }
    long ringing = call + 1 + Long.remainderUnsigned(hash >>> 1, 3);
    if (result == CallResult.NO_ANSWER) {
      return new CallTimes(submit, call, ringing, NONE, ringing + maxRingSeconds, maxRingSeconds, 0);
    }
    long ring = 1 + Long.remainderUnsigned(hash >>> 8, Math.min(maxRingSeconds, 20));
    long talk = 1 + Long.remainderUnsigned(hash >>> 24, maxCallSeconds);
    long answer = ringing + ring;
    return new CallTimes(submit, call, ringing, answer, answer + talk, ring, talk);
  }

  /** The longest a call placed at some instant can take until it hangs up, in seconds. */
  static long longestSeconds(int maxRingSeconds, int maxCallSeconds) {
    // rounding the submit up, dialling, the ringing delay, then the whole ringing and talk limits
    return 1 + 1 + 3 + maxRingSeconds + maxCallSeconds;
  }

  /** A well-mixed 64-bit hash of the seed, the task and the call (SplitMix64's finaliser). */
  static long hash(long seed, long taskId, int call) {
    long z = seed * 0x9E3779B97F4A7C15L + taskId * 0xC2B2AE3D27D4EB4FL + call;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
