package io.voicecampaign.emulator.wire;

import io.voicecampaign.domain.campaign.Callee;

/**
 * One create body's callee texts, each distinct text kept once: template values repeat across
 * callees (a product, an amount, a date), so a 200,000-callee campaign holds a few thousand strings
 * instead of two million. Texts are looked up from the parser's characters, so a repeated text costs
 * no allocation. The pool holds at most {@value #CAPACITY} texts; past that a text is kept unshared.
 * Not thread-safe: one pool per request.
 */
final class TextPool {

  private static final int CAPACITY = 1 << 16;
  private static final int PROBES = 8;

  private final String[] slots = new String[CAPACITY];

  /** The text in {@code chars[offset, offset + length)}, cut to the 30 characters the platform keeps. */
  String text(char[] chars, int offset, int length) {
    int kept = cutLength(chars, offset, length);
    int hash = 0;
    for (int i = offset; i < offset + kept; i++) {
      hash = 31 * hash + chars[i];
    }
    int mask = CAPACITY - 1;
    int slot = (hash ^ (hash >>> 16)) & mask;
    for (int probe = 0; probe < PROBES; probe++, slot = (slot + 1) & mask) {
      String held = slots[slot];
      if (held == null) {
        held = new String(chars, offset, kept);
        slots[slot] = held;
        return held;
      }
      if (held.hashCode() == hash && matches(held, chars, offset, kept)) {
        return held;
      }
    }
    return new String(chars, offset, kept);
  }

  /** The page: "Length max 30 characters, otherwise truncated"; characters are code points. */
  private static int cutLength(char[] chars, int offset, int length) {
    if (length <= Callee.MAX_TEXT_CHARACTERS || Character.codePointCount(chars, offset, length) <= Callee.MAX_TEXT_CHARACTERS) {
      return length;
    }
    return Character.offsetByCodePoints(chars, offset, length, offset, Callee.MAX_TEXT_CHARACTERS) - offset;
  }

  private static boolean matches(String held, char[] chars, int offset, int length) {
    if (held.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (held.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }
}
