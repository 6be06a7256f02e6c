package io.voicecampaign.domain.campaign;

/**
 * Remembers the first index of each callee number in one pass, to find repeats. An open-addressing
 * table of numbers and indexes, sized once for the expected count: no boxed indexes, no entry
 * objects, two arrays in all, which matters when a campaign holds 200,000 callees and is checked
 * by both its builder and its constructor.
 */
final class DistinctNumbers {

  private final String[] numbers;
  private final int[] firstIndexes;
  private final int mask;

  /** A table for up to {@code expected} numbers, kept at most half full. */
  DistinctNumbers(int expected) {
    int capacity = Integer.highestOneBit(Math.max(8, expected) * 2 - 1) << 1;
    numbers = new String[capacity];
    firstIndexes = new int[capacity];
    mask = capacity - 1;
  }

  /**
   * Records {@code number} at {@code index} unless it was seen before.
   *
   * @return the index it was first seen at, or -1 when it is new
   */
  int firstIndexOf(String number, int index) {
    int hash = number.hashCode();
    // spread the high bits down: phone numbers differ mostly in their last digits
    int slot = (hash ^ (hash >>> 16)) & mask;
    while (true) {
      String seen = numbers[slot];
      if (seen == null) {
        numbers[slot] = number;
        firstIndexes[slot] = index;
        return -1;
      }
      if (seen.equals(number)) {
        return firstIndexes[slot];
      }
      slot = (slot + 1) & mask;
    }
  }
}
