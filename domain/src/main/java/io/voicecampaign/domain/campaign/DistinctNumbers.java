package io.voicecampaign.domain.campaign;

import java.util.function.IntFunction;

/**
 * Remembers the first index of each callee number in one pass, to find repeats. An open-addressing
 * table of {@code long}s, each holding a number's hash and index, sized once for the expected count:
 * no boxed indexes, no entry objects, one primitive array, and one memory access per number in the
 * common case. That matters when a campaign holds 200,000 callees and both its builder and its
 * constructor check them. The numbers themselves stay where the caller keeps them and are read back
 * through {@code numberAt} only when two hashes are equal.
 */
final class DistinctNumbers {

  private final long[] slots;
  private final int mask;
  private final IntFunction<String> numberAt;

  /**
   * A table for up to {@code expected} numbers, kept at most half full.
   *
   * @param numberAt the number recorded at an index, read back to tell apart numbers of equal hash
   */
  DistinctNumbers(int expected, IntFunction<String> numberAt) {
    int capacity = Integer.highestOneBit(Math.max(8, expected) * 2 - 1) << 1;
    this.slots = new long[capacity];
    this.mask = capacity - 1;
    this.numberAt = numberAt;
  }

  /**
   * Records {@code number}, which {@code numberAt} answers for {@code index}, unless it was seen before.
   *
   * @return the index it was first seen at, or -1 when it is new
   */
  int firstIndexOf(String number, int index) {
    int hash = number.hashCode();
    // spread the high bits down: phone numbers differ mostly in their last digits
    int slot = (hash ^ (hash >>> 16)) & mask;
    while (true) {
      long entry = slots[slot];
      if (entry == 0) {
        // index + 1, so that an empty slot (0) never looks like index 0
        slots[slot] = ((long) hash << 32) | (index + 1L);
        return -1;
      }
      if ((int) (entry >>> 32) == hash) {
        int earlier = (int) entry - 1;
        if (numberAt.apply(earlier).equals(number)) {
          return earlier;
        }
      }
      slot = (slot + 1) & mask;
    }
  }
}
