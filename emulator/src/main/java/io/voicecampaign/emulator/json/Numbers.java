package io.voicecampaign.emulator.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.OptionalLong;

/** Whole-number reading of JSON number literals and of numeric strings (an id sent as {@code "41"}). */
public final class Numbers {

  private Numbers() {}

  /**
   * The literal as a {@code long} when it is a JSON number with a whole value in range; empty for a
   * fraction, an overflow or text that is no JSON number.
   */
  public static OptionalLong exactLong(String literal) {
    int length = literal.length();
    if (length == 0) {
      return OptionalLong.empty();
    }
    boolean plainDigits = length <= 18;
    for (int i = literal.charAt(0) == '-' ? 1 : 0; i < length && plainDigits; i++) {
      char c = literal.charAt(i);
      plainDigits = c >= '0' && c <= '9';
    }
    if (plainDigits && length > (literal.charAt(0) == '-' ? 1 : 0)) {
      return OptionalLong.of(Long.parseLong(literal));
    }
    if (!isJsonNumber(literal)) {
      return OptionalLong.empty();
    }
    try {
      BigDecimal value = new BigDecimal(literal);
      if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
        return OptionalLong.empty();
      }
      return OptionalLong.of(value.longValueExact());
    } catch (ArithmeticException | NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  /** True when {@code text} is exactly one JSON number literal, nothing around it. */
  private static boolean isJsonNumber(String text) {
    char first = text.charAt(0);
    char last = text.charAt(text.length() - 1);
    if (first != '-' && (first < '0' || first > '9') || last < '0' || last > '9') {
      return false;
    }
    try (JsonParser parser = Json.FACTORY.createParser(text)) {
      JsonToken token = parser.nextToken();
      return (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) && parser.nextToken() == null;
    } catch (IOException e) {
      return false;
    }
  }
}
