package io.voicecampaign.domain.shared;

/**
 * The rules every free text the platform stores must meet: a length in UTF-16 code units (as a Java
 * service counts {@code String.length()}, so an emoji counts two), no control characters and no lone
 * surrogates. A lone surrogate cannot be encoded in UTF-8 and comes back as {@code ?}, and a control
 * character may be dropped or replaced; either way the platform would store a text other than the one
 * sent, which for a task name defeats finding the task again by its exact name. Not part of the
 * public API.
 */
public final class PlatformText {

  private PlatformText() {}

  /**
   * The rule {@code text} breaks, or {@code null} when it meets them all.
   *
   * @param min fewest UTF-16 units
   * @param max most UTF-16 units
   * @param lengthRule what to say when the length is out of range
   */
  public static String problem(String text, int min, int max, String lengthRule) {
    int length = text.length();
    if (length < min || length > max) {
      return lengthRule;
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (isControl(c)) {
        return String.format("must not contain control characters (U+%04X at index %d)", (int) c, i);
      }
      if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return String.format("must not contain a lone surrogate (U+%04X at index %d)", (int) c, i);
      }
    }
    return null;
  }

  /** True when {@code text} meets the rules; allocation-free when it does. */
  public static boolean isValid(String text, int min, int max) {
    return problem(text, min, max, "") == null;
  }

  /**
   * True when {@code text} meets the rules and is plain: printable ASCII other than the quote and the
   * backslash, which every text format carries as it is, one byte a character. A plain text breaks
   * none of the character rules, so the common case is decided in one look at each character.
   */
  public static boolean isPlain(String text, int min, int max) {
    int length = text.length();
    if (length < min || length > max) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
        return false;
      }
    }
    return true;
  }

  private static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
  }
}
