package io.voicecampaign.application.service.task;

/**
 * The first index of each callee number across a whole bulk list, without keeping the numbers: a
 * number of 6-18 digits is packed into one {@code long} (its length and value), so a million numbers
 * cost two {@code long} arrays and no object each. Grows as it fills; kept at most half full.
 */
final class NumberIndex {

  private long[] keys = new long[1 << 12];
  private long[] firsts = new long[1 << 12];
  private int size;

  /**
   * Records {@code digits} (6-18 ASCII digits) at {@code index} unless it was seen before.
   *
   * @return the index it was first seen at, or -1 when it is new
   */
  long firstIndexOf(String digits, long index) {
    long key = pack(digits);
    int mask = keys.length - 1;
    int slot = spread(key) & mask;
    while (keys[slot] != 0) {
      if (keys[slot] == key) {
        return firsts[slot];
      }
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    firsts[slot] = index;
    if (++size * 2 > keys.length) {
      grow();
    }
    return -1;
  }

  /** The length (6-18, as 1-13) in the top bits and the value below; never 0, which marks an empty slot. */
  private static long pack(String digits) {
    long value = 0;
    for (int i = 0; i < digits.length(); i++) {
      value = value * 10 + (digits.charAt(i) - '0');
    }
    // 10^18 - 1 < 2^60: the value fits the low 60 bits, the length the 4 above
    return ((long) (digits.length() - 5) << 60) | value;
  }

  private static int spread(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldFirsts = firsts;
    keys = new long[oldKeys.length * 2];
    firsts = new long[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        int slot = spread(oldKeys[i]) & mask;
        while (keys[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        firsts[slot] = oldFirsts[i];
      }
    }
  }
}
