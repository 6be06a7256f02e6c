package io.voicecampaign.adapter.http.task;

import java.io.IOException;
import okio.BufferedSink;

/**
 * Writes a JSON string exactly as Moshi's {@code JsonWriter} does: quote, backslash and control
 * characters escaped (tab, backspace, newline, return and form feed by their short escapes, the others
 * as four-hex-digit escapes), U+2028 and U+2029 escaped for JavaScript, everything else as UTF-8.
 */
final class JsonText {

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

  /**
   * The bytes {@link #write} produces for {@code value}: quotes, escapes and UTF-8 as Okio encodes it
   * (a surrogate pair in four bytes, a lone surrogate as one {@code '?'}).
   */
  static long length(String value) {
    return 2 + unquotedLength(value, 0);
  }

  /** The bytes {@link #write} produces for {@code value} from index {@code from} on, without the quotes. */
  static long unquotedLength(String value, int from) {
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

  /** The escape that stands for ASCII {@code c}, or null when {@code c} is written as it is. */
  static String replacement(char c) {
    return REPLACEMENTS[c];
  }

  /** Writes {@code value} as a quoted, escaped JSON string. */
  static void write(BufferedSink sink, String value) throws IOException {
    sink.writeByte('"');
    int last = 0;
    int length = value.length();
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      String replacement;
      if (c < 128) {
        replacement = REPLACEMENTS[c];
        if (replacement == null) {
          continue;
        }
      } else if (c == '\u2028') {
        replacement = "\\u2028";
      } else if (c == '\u2029') {
        replacement = "\\u2029";
      } else {
        continue;
      }
      if (last < i) {
        sink.writeUtf8(value, last, i);
      }
      sink.writeUtf8(replacement);
      last = i + 1;
    }
    if (last < length) {
      sink.writeUtf8(value, last, length);
    }
    sink.writeByte('"');
  }
}
