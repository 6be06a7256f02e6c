package io.voicecampaign.adapter.http.report;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Makes text from a pushed body safe to log: every run of six or more digits (a phone number, in
 * practice) becomes asterisks of the same length, control characters become spaces, and snippets
 * are cut to a fixed length.
 */
final class Redaction {

  /** Most characters a snippet shows. */
  static final int SNIPPET_CHARACTERS = 200;
  /** Shortest digit run that is masked. */
  static final int MASKED_RUN = 6;

  private Redaction() {}

  /** The start of {@code body}: decoded as UTF-8 (bad bytes replaced), masked, one line, cut short. */
  static String snippet(byte[] body, int length) {
    int bytes = Math.min(length, SNIPPET_CHARACTERS * 4);
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    CharBuffer chars = CharBuffer.allocate(bytes + 1);
    decoder.decode(ByteBuffer.wrap(body, 0, bytes), chars, true);
    chars.flip();
    String text = chars.toString();
    boolean cut = bytes < length || text.length() > SNIPPET_CHARACTERS;
    // a digit run at the cut may go on past it: mask it whatever its visible length
    String masked = mask(text, cut);
    String shown = masked.length() > SNIPPET_CHARACTERS ? masked.substring(0, SNIPPET_CHARACTERS) : masked;
    if (!shown.isEmpty() && Character.isHighSurrogate(shown.charAt(shown.length() - 1))) {
      shown = shown.substring(0, shown.length() - 1);
    }
    return cut ? shown + "..." : shown;
  }

  /** {@code text} with digit runs of six or more masked and control characters turned into spaces. */
  static String mask(String text) {
    return mask(text, false);
  }

  private static String mask(String text, boolean maskTrailingRun) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        int end = i;
        while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
          end++;
        }
        int run = end - i;
        boolean atCut = maskTrailingRun && end == text.length();
        if (run >= MASKED_RUN || atCut) {
          out.append("*".repeat(run));
        } else {
          out.append(text, i, end);
        }
        i = end;
      } else {
        out.append(Character.isISOControl(c) ? ' ' : c);
        i++;
      }
    }
    return out.toString();
  }
}
