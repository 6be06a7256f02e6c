package io.voicecampaign.emulator.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The JSON reader")
class JsonReaderTest {

  private static JsonValue parse(String json) throws IOException {
    return JsonReader.parse(json.getBytes(StandardCharsets.UTF_8));
  }

  /** Delivers one byte per read, so every token crosses a buffer boundary. */
  private static final class OneByteAtATime extends InputStream {
    private final ByteArrayInputStream in;

    OneByteAtATime(byte[] bytes) {
      this.in = new ByteArrayInputStream(bytes);
    }

    @Override
    public int read() {
      return in.read();
    }

    @Override
    public int read(byte[] b, int off, int len) {
      return len == 0 ? 0 : in.read(b, off, 1);
    }
  }

  @Test
  @DisplayName("reads every kind of value into a tree, member order kept")
  void readsEveryKind() throws IOException {
    JsonValue value = parse(" {\"s\":\"x\",\"n\":-12.5e3,\"t\":true,\"f\":false,\"z\":null,\"a\":[1,[],{}],\"o\":{\"k\":0}} ");

    assertThat(value).isEqualTo(new JsonValue.ObjectValue(orderedMap(
        "s", new JsonValue.StringValue("x"),
        "n", new JsonValue.NumberValue("-12.5e3"),
        "t", new JsonValue.BooleanValue(true),
        "f", new JsonValue.BooleanValue(false),
        "z", JsonValue.NullValue.NULL,
        "a", new JsonValue.ArrayValue(List.of(new JsonValue.NumberValue("1"), new JsonValue.ArrayValue(List.of()),
            new JsonValue.ObjectValue(Map.of()))),
        "o", new JsonValue.ObjectValue(Map.of("k", new JsonValue.NumberValue("0"))))));
    assertThat(((JsonValue.ObjectValue) value).members().keySet()).containsExactly("s", "n", "t", "f", "z", "a", "o");
  }

  @Test
  @DisplayName("decodes every escape, multi-byte UTF-8 and surrogate pairs, also when each byte arrives alone")
  void decodesStrings() throws IOException {
    String json = "[\"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t \\u00e9\\u4e2d \\ud83d\\ude00\", \"é中😀 plain\"]";
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);

    JsonReader slow = JsonReader.of(new OneByteAtATime(bytes));
    JsonValue read = slow.readValue();
    slow.endDocument();

    JsonValue expected = new JsonValue.ArrayValue(List.of(
        new JsonValue.StringValue("q\" b\\ s/ \b\f\n\r\t é中 😀"), new JsonValue.StringValue("é中😀 plain")));
    assertThat(read).isEqualTo(expected);
    assertThat(JsonReader.parse(bytes)).isEqualTo(expected);
  }

  @Test
  @DisplayName("streams tokens: names, values, nested skips")
  void streamsTokens() throws IOException {
    JsonReader reader = JsonReader.of("{\"a\":[1,{\"deep\":[true,null]}],\"b\":\"x\"}".getBytes(StandardCharsets.UTF_8));

    reader.beginObject();
    assertThat(reader.nextName()).isEqualTo("a");
    reader.skipValue();
    assertThat(reader.nextName()).isEqualTo("b");
    assertThat(reader.peek()).isEqualTo(JsonReader.Token.STRING);
    assertThat(reader.nextString()).isEqualTo("x");
    assertThat(reader.hasNext()).isFalse();
    reader.endObject();
    reader.endDocument();
  }

  @ParameterizedTest(name = "refuses {0}")
  @ValueSource(strings = {
    "", "   ", "[1,]", "{\"a\":1,}", "[01]", "[-]", "[1.]", "[1e]", "[.5]", "[+1]", "{'a':1}", "{a:1}",
    "[\"unterminated", "[\"tab\there\"]", "[\"bad \\x escape\"]", "[\"\\u12g4\"]", "[1] [2]", "[1] x",
    "[tru]", "[nul]", "[NaN]", "[Infinity]", "/* c */ []", "[1 2]", "{\"a\" 1}", "{\"a\":1 \"b\":2}",
    "{\"a\":1,\"a\":2}", "[", "{", "{\"a\":", "]", "}"
  })
  void refusesMalformed(String json) {
    assertThatThrownBy(() -> parse(json)).isInstanceOf(MalformedJsonException.class).hasMessageContaining("byte");
  }

  @Test
  @DisplayName("refuses bytes that are not UTF-8: a stray continuation, a truncated sequence, an overlong form, a surrogate")
  void refusesInvalidUtf8() {
    byte[][] bad = {
      {'[', '"', (byte) 0x80, '"', ']'},
      {'[', '"', (byte) 0xE4, (byte) 0xB8, '"', ']'},
      {'[', '"', (byte) 0xC0, (byte) 0xAF, '"', ']'},
      {'[', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', ']'},
    };
    for (byte[] bytes : bad) {
      assertThatThrownBy(() -> JsonReader.parse(bytes)).isInstanceOf(MalformedJsonException.class).hasMessageContaining("UTF-8");
    }
  }

  @Test
  @DisplayName("refuses nesting deeper than 256 levels and accepts 256")
  void limitsDepth() throws IOException {
    String ok = "[".repeat(JsonReader.MAX_DEPTH) + "]".repeat(JsonReader.MAX_DEPTH);
    String deep = "[".repeat(JsonReader.MAX_DEPTH + 1) + "]".repeat(JsonReader.MAX_DEPTH + 1);

    assertThat(parse(ok)).isInstanceOf(JsonValue.ArrayValue.class);
    assertThatThrownBy(() -> parse(deep)).isInstanceOf(MalformedJsonException.class).hasMessageContaining("nesting");
  }

  @Test
  @DisplayName("names the byte offset of the problem")
  void namesTheOffset() {
    assertThatThrownBy(() -> parse("{\"a\": [1, 2,, 3]}")).hasMessageContaining("byte 13");
  }

  @Test
  @DisplayName("reads numbers as whole longs only when they are whole and in range")
  void wholeNumbers() {
    assertThat(new JsonValue.NumberValue("41").longValue()).hasValue(41);
    assertThat(new JsonValue.NumberValue("-41").longValue()).hasValue(-41);
    assertThat(new JsonValue.NumberValue("41.0").longValue()).hasValue(41);
    assertThat(new JsonValue.NumberValue("4.1e1").longValue()).hasValue(41);
    assertThat(new JsonValue.NumberValue("9223372036854775807").longValue()).hasValue(Long.MAX_VALUE);
    assertThat(new JsonValue.NumberValue("9223372036854775808").longValue()).isEmpty();
    assertThat(new JsonValue.NumberValue("41.5").longValue()).isEmpty();
    assertThat(new JsonValue.NumberValue("forty").longValue()).isEmpty();
    assertThat(new JsonValue.NumberValue("").longValue()).isEmpty();
  }

  private static Map<String, JsonValue> orderedMap(Object... pairs) {
    Map<String, JsonValue> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], (JsonValue) pairs[i + 1]);
    }
    return map;
  }
}
