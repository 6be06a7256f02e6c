package io.voicecampaign.adapter.http.core;

import io.voicecampaign.adapter.http.config.HttpConfig;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okio.ByteString;

/**
 * Keeps secrets and phone numbers out of log lines and failure snippets: the API secret and key, any
 * 32-digit hex token (a {@code Sign}), callee numbers, and in answers (content the SDK did not write)
 * any run of eight or more digits, all but the last four masked.
 */
final class Redaction {

  static final int SNIPPET_CHARS = 200;

  private static final Pattern HEX_TOKEN = Pattern.compile("(?<![0-9A-Fa-f])[0-9A-Fa-f]{32}(?![0-9A-Fa-f])");
  private static final Pattern CALLEE_FIELD = Pattern.compile("(\"(?:calleeNumber|callee)\"\\s*:\\s*\"?)(\\d*)(\"?)");
  private static final Pattern LONG_DIGITS = Pattern.compile("(?<!\\d)\\d{8,}(?!\\d)");

  private final HttpConfig config;

  Redaction(HttpConfig config) {
    this.config = config;
  }

  /** {@code text} without the secret, the API key, sign-like tokens and callee numbers. */
  String text(String text) {
    String redacted = config.redactSecret(text).replace(config.apiKey(), "<api-key>");
    redacted = HEX_TOKEN.matcher(redacted).replaceAll("<redacted>");
    return maskCallees(redacted);
  }

  /** {@code text} of unknown content (an answer): {@link #text(String)}, and every long digit run masked. */
  String untrusted(String text) {
    return maskDigitRuns(text(text));
  }

  /** The start of {@code body} as one line of text, redacted, every long digit run masked. */
  String snippet(ByteString body) {
    int bytes = Math.min(body.size(), SNIPPET_CHARS * 2);
    String raw = body.substring(0, bytes).utf8();
    StringBuilder line = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      line.append(Character.isISOControl(c) || c == '\uFFFD' ? ' ' : c);
    }
    String text = untrusted(line.toString().strip().replaceAll(" {2,}", " "));
    boolean cut = text.length() > SNIPPET_CHARS || bytes < body.size();
    return (text.length() > SNIPPET_CHARS ? text.substring(0, SNIPPET_CHARS) : text) + (cut ? "..." : "");
  }

  /** {@code text} with the digits of every callee-number field masked but the last four. */
  static String maskCallees(String text) {
    Matcher m = CALLEE_FIELD.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      String digits = m.group(2);
      boolean closed = !m.group(3).isEmpty();
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + mask(digits, closed ? 4 : 0) + m.group(3)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String maskDigitRuns(String text) {
    Matcher m = LONG_DIGITS.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      m.appendReplacement(out, mask(m.group(), 4));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String mask(String digits, int keep) {
    int shown = Math.min(keep, digits.length());
    return "*".repeat(digits.length() - shown) + digits.substring(digits.length() - shown);
  }
}
