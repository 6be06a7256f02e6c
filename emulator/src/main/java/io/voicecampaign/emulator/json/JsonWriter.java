package io.voicecampaign.emulator.json;

import static io.voicecampaign.emulator.json.JsonScope.DANGLING_NAME;
import static io.voicecampaign.emulator.json.JsonScope.EMPTY_ARRAY;
import static io.voicecampaign.emulator.json.JsonScope.EMPTY_DOCUMENT;
import static io.voicecampaign.emulator.json.JsonScope.EMPTY_OBJECT;
import static io.voicecampaign.emulator.json.JsonScope.NONEMPTY_ARRAY;
import static io.voicecampaign.emulator.json.JsonScope.NONEMPTY_DOCUMENT;
import static io.voicecampaign.emulator.json.JsonScope.NONEMPTY_OBJECT;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Writes one compact JSON document into memory; the emulator's answers are small (a page holds at most
 * 100 records). Strings are escaped as RFC 8259 requires ({@code "}, {@code \}, control characters)
 * plus U+2028 and U+2029; everything else is written as is and encoded as UTF-8 by {@link #toUtf8()}.
 *
 * <p>Misuse (a value where a name is due, an unclosed object) throws {@link IllegalStateException}: it
 * is a programming error, never a property of the input. Not thread-safe.
 */
public final class JsonWriter {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final StringBuilder out = new StringBuilder(256);
  private int[] scopes = new int[16];
  private int depth = 1;

  /** An empty writer. */
  public JsonWriter() {
    scopes[0] = EMPTY_DOCUMENT;
  }

  /** Opens an object. */
  public JsonWriter beginObject() {
    beforeValue();
    push(EMPTY_OBJECT);
    out.append('{');
    return this;
  }

  /** Closes the current object. */
  public JsonWriter endObject() {
    int scope = scopes[depth - 1];
    if (scope != EMPTY_OBJECT && scope != NONEMPTY_OBJECT) {
      throw new IllegalStateException("endObject outside an object, or after a name without a value");
    }
    depth--;
    out.append('}');
    return this;
  }

  /** Opens an array. */
  public JsonWriter beginArray() {
    beforeValue();
    push(EMPTY_ARRAY);
    out.append('[');
    return this;
  }

  /** Closes the current array. */
  public JsonWriter endArray() {
    int scope = scopes[depth - 1];
    if (scope != EMPTY_ARRAY && scope != NONEMPTY_ARRAY) {
      throw new IllegalStateException("endArray outside an array");
    }
    depth--;
    out.append(']');
    return this;
  }

  /** Writes a member name; a value must follow. */
  public JsonWriter name(String name) {
    int scope = scopes[depth - 1];
    if (scope == NONEMPTY_OBJECT) {
      out.append(',');
    } else if (scope != EMPTY_OBJECT) {
      throw new IllegalStateException("a name outside an object, or two names in a row");
    }
    scopes[depth - 1] = DANGLING_NAME;
    string(name);
    out.append(':');
    return this;
  }

  /** Writes a string, or {@code null} for {@code null}. */
  public JsonWriter value(String value) {
    if (value == null) {
      return nullValue();
    }
    beforeValue();
    string(value);
    return this;
  }

  /** Writes a whole number. */
  public JsonWriter value(long value) {
    beforeValue();
    out.append(value);
    return this;
  }

  /** Writes {@code true} or {@code false}. */
  public JsonWriter value(boolean value) {
    beforeValue();
    out.append(value);
    return this;
  }

  /** Writes {@code null}. */
  public JsonWriter nullValue() {
    beforeValue();
    out.append("null");
    return this;
  }

  /** Writes a tree. */
  public JsonWriter value(JsonValue value) {
    if (value instanceof JsonValue.ObjectValue object) {
      beginObject();
      for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
        name(member.getKey()).value(member.getValue());
      }
      return endObject();
    }
    if (value instanceof JsonValue.ArrayValue array) {
      beginArray();
      for (JsonValue element : array.elements()) {
        value(element);
      }
      return endArray();
    }
    if (value instanceof JsonValue.StringValue string) {
      return value(string.value());
    }
    if (value instanceof JsonValue.NumberValue number) {
      beforeValue();
      out.append(number.literal());
      return this;
    }
    if (value instanceof JsonValue.BooleanValue bool) {
      return value(bool.value());
    }
    return nullValue();
  }

  /** Writes a list of strings as an array. */
  public JsonWriter strings(List<String> values) {
    beginArray();
    values.forEach(this::value);
    return endArray();
  }

  /** The document written; it must be complete. */
  @Override
  public String toString() {
    if (depth != 1 || scopes[0] != NONEMPTY_DOCUMENT) {
      throw new IllegalStateException("the document is incomplete");
    }
    return out.toString();
  }

  /** The document written, as UTF-8; it must be complete. */
  public byte[] toUtf8() {
    return toString().getBytes(StandardCharsets.UTF_8);
  }

  private void beforeValue() {
    int scope = scopes[depth - 1];
    switch (scope) {
      case EMPTY_DOCUMENT:
        scopes[depth - 1] = NONEMPTY_DOCUMENT;
        break;
      case EMPTY_ARRAY:
        scopes[depth - 1] = NONEMPTY_ARRAY;
        break;
      case NONEMPTY_ARRAY:
        out.append(',');
        break;
      case DANGLING_NAME:
        scopes[depth - 1] = NONEMPTY_OBJECT;
        break;
      case NONEMPTY_DOCUMENT:
        throw new IllegalStateException("a JSON document holds one value");
      default:
        throw new IllegalStateException("a value inside an object needs a name first");
    }
  }

  private void push(int scope) {
    if (depth == scopes.length) {
      scopes = Arrays.copyOf(scopes, scopes.length * 2);
    }
    scopes[depth++] = scope;
  }

  private void string(String value) {
    out.append('"');
    int runStart = 0;
    int length = value.length();
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\' && c != '\u2028' && c != '\u2029') {
        continue;
      }
      out.append(value, runStart, i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        case '\b':
          out.append("\\b");
          break;
        case '\f':
          out.append("\\f");
          break;
        default:
          out.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
          break;
      }
      runStart = i + 1;
    }
    out.append(value, runStart, length);
    out.append('"');
  }
}
