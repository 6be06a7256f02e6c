package io.voicecampaign.adapter.http.task;

/**
 * Encodes a JSON string's content exactly as Moshi's {@code JsonWriter} and Okio do: quote, backslash
 * and control characters escaped (tab, backspace, newline, return and form feed by their short escapes,
 * the others as four-hex-digit escapes), U+2028 and U+2029 escaped for JavaScript, everything else as
 * UTF-8 (a surrogate pair in four bytes, a lone surrogate as one {@code '?'}). Counts the bytes it
 * would write without writing them.
 */
final class JsonText {

  /** The most bytes one UTF-16 unit becomes: a six-byte {@code \}{@code u00XX} escape. */
  static final int MAX_BYTES_PER_CHAR = 6;

  private static final String[] REPLACEMENTS = new String[128];

  static {
    for (int c = 0; c < 0x20; c++) {
      REPLACEMENTS[c] = String.format("\\u%04x", c);
    }
    REPLACEMENTS['"'] = "\\\"";
    REPLACEMENTS['\\'] = "\\\\";
    REPLACEMENTS['\t'] = "\\t";
    REPLACEMENTS['\b'] = "\\b";
    REPLACEMENTS['\n'] = "\\n";
    REPLACEMENTS['\r'] = "\\r";
    REPLACEMENTS['\f'] = "\\f";
  }

  private JsonText() {}

  /** The bytes {@link #encode} writes for {@code value} from index {@code from} on (no quotes). */
  static long length(String value, int from) {
    long bytes = 0;
    int length = value.length();
    for (int i = from; i < length; i++) {
      char c = value.charAt(i);
      if (c < 128) {
        String replacement = REPLACEMENTS[c];
        bytes += replacement == null ? 1 : replacement.length();
      } else if (c < 0x800) {
        bytes += 2;
      } else if (c == '\u2028' || c == '\u2029') {
        bytes += 6;
      } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(value.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else if (Character.isSurrogate(c)) {
        bytes += 1;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  /**
   * Writes {@code value} from index {@code from} on (no quotes) into {@code out} at {@code at}, which
   * has room for {@link #MAX_BYTES_PER_CHAR} bytes per character; returns the position after it.
   */
  static int encode(byte[] out, int at, String value, int from) {
    int length = value.length();
    for (int i = from; i < length; i++) {
      char c = value.charAt(i);
      if (c < 0x80) {
        String replacement = REPLACEMENTS[c];
        if (replacement == null) {
          out[at++] = (byte) c;
        } else {
          at = ascii(out, at, replacement);
        }
      } else if (c < 0x800) {
        out[at++] = (byte) (0xC0 | c >> 6);
        out[at++] = (byte) (0x80 | c & 0x3F);
      } else if (c == '\u2028' || c == '\u2029') {
        at = ascii(out, at, c == '\u2028' ? "\\u2028" : "\\u2029");
      } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(value.charAt(i + 1))) {
        int codePoint = Character.toCodePoint(c, value.charAt(++i));
        out[at++] = (byte) (0xF0 | codePoint >> 18);
        out[at++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
        out[at++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
        out[at++] = (byte) (0x80 | codePoint & 0x3F);
      } else if (Character.isSurrogate(c)) {
        out[at++] = '?';
      } else {
        out[at++] = (byte) (0xE0 | c >> 12);
        out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
        out[at++] = (byte) (0x80 | c & 0x3F);
      }
    }
    return at;
  }

  /** Writes the ASCII {@code text} into {@code out} at {@code at}; returns the position after it. */
  @SuppressWarnings("deprecation") // the one String method that copies bytes without allocating; exact for ASCII
  static int ascii(byte[] out, int at, String text) {
    int length = text.length();
    text.getBytes(0, length, out, at);
    return at + length;
  }
}
