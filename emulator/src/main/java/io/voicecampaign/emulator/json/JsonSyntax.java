package io.voicecampaign.emulator.json;

/** The grammar of a JSON number literal (RFC 8259, section 6). */
final class JsonSyntax {

  private JsonSyntax() {}

  /** True when {@code text} is exactly one JSON number: {@code -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?}. */
  static boolean isNumber(String text) {
    int i = 0;
    int n = text.length();
    if (i < n && text.charAt(i) == '-') {
      i++;
    }
    if (i >= n) {
      return false;
    }
    if (text.charAt(i) == '0') {
      i++;
    } else if (isDigit(text.charAt(i))) {
      while (i < n && isDigit(text.charAt(i))) {
        i++;
      }
    } else {
      return false;
    }
    if (i < n && text.charAt(i) == '.') {
      i++;
      int start = i;
      while (i < n && isDigit(text.charAt(i))) {
        i++;
      }
      if (i == start) {
        return false;
      }
    }
    if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
        i++;
      }
      int start = i;
      while (i < n && isDigit(text.charAt(i))) {
        i++;
      }
      if (i == start) {
        return false;
      }
    }
    return i == n;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
