package io.voicecampaign.emulator.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
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

@DisplayName("The JSON reading on jackson-core")
class JsonTest {

  private static JsonValue parse(String json) throws IOException {
    return Json.parse(json.getBytes(StandardCharsets.UTF_8));
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

    JsonParser slow = Json.parser(new OneByteAtATime(bytes));
    Json.first(slow);
    JsonValue read = Json.readValue(slow);
    Json.endDocument(slow);

    JsonValue expected = new JsonValue.ArrayValue(List.of(
        new JsonValue.StringValue("q\" b\\ s/ \b\f\n\r\t é中 😀"), new JsonValue.StringValue("é中😀 plain")));
    assertThat(read).isEqualTo(expected);
    assertThat(Json.parse(bytes)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "refuses {0}")
  @ValueSource(strings = {
    "", "   ", "[1,]", "{\"a\":1,}", "[01]", "[-]", "[1.]", "[1e]", "[.5]", "[+1]", "{'a':1}", "{a:1}",
    "[\"unterminated", "[\"tab\there\"]", "[\"bad \\x escape\"]", "[\"\\u12g4\"]", "[1] [2]", "[1] x",
    "[tru]", "[nul]", "[NaN]", "[Infinity]", "/* c */ []", "[1 2]", "{\"a\" 1}", "{\"a\":1 \"b\":2}",
    "{\"a\":1,\"a\":2}", "[", "{", "{\"a\":", "]", "}"
  })
  void refusesMalformed(String json) {
    assertThat(refusal(() -> parse(json))).contains("byte");
  }

  @Test
  @DisplayName("refuses bytes that are not UTF-8: a stray continuation, a truncated sequence, a surrogate")
  void refusesInvalidUtf8() {
    byte[][] bad = {
      {'[', '"', (byte) 0x80, '"', ']'},
      {'[', '"', (byte) 0xE4, (byte) 0xB8, '"', ']'},
      {'[', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', ']'},
    };
    for (byte[] bytes : bad) {
      assertThat(refusal(() -> Json.parse(bytes))).contains("UTF-8");
    }
  }

  @Test
  @DisplayName("refuses nesting deeper than 256 levels and accepts 256")
  void limitsDepth() throws IOException {
    String ok = "[".repeat(Json.MAX_DEPTH) + "]".repeat(Json.MAX_DEPTH);
    String deep = "[".repeat(Json.MAX_DEPTH + 1) + "]".repeat(Json.MAX_DEPTH + 1);

    assertThat(parse(ok)).isInstanceOf(JsonValue.ArrayValue.class);
    assertThat(refusal(() -> parse(deep))).contains("nesting depth");
  }

  @Test
  @DisplayName("names the byte offset of the problem")
  void namesTheOffset() {
    assertThat(refusal(() -> parse("{\"a\": [1, 2,, 3]}"))).endsWith("near byte 12");
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

  @Test
  @DisplayName("refuses a name twice in one object, also nested, and says which")
  void refusesDuplicates() {
    assertThat(refusal(() -> parse("{\"a\":1,\"b\":{\"c\":1,\"c\":2}}"))).contains("duplicate member name \"c\"");
  }

  @Test
  @DisplayName("refuses a second value or any text after the document")
  void refusesTrailingData() {
    assertThat(refusal(() -> parse("{} {}"))).contains("after the end of the document");
    assertThat(refusal(() -> parse("[1] x"))).contains("'x'");
  }

  @Test
  @DisplayName("reads numeric strings as whole numbers only when they are JSON numbers")
  void numericStrings() {
    assertThat(Numbers.exactLong("41")).hasValue(41);
    assertThat(Numbers.exactLong("4.1e1")).hasValue(41);
    for (String notJson : new String[] {"+41", " 41", "41 ", "4.", ".4e2", "0x29", "41 42", "-"}) {
      assertThat(Numbers.exactLong(notJson)).as(notJson).isEmpty();
    }
  }

  private interface Parse {
    void run() throws IOException;
  }

  private static String refusal(Parse parse) {
    try {
      parse.run();
    } catch (JsonProcessingException e) {
      return Json.describe(e);
    } catch (IOException e) {
      throw new AssertionError("not a parse failure", e);
    }
    throw new AssertionError("parsed");
  }

  private static Map<String, JsonValue> orderedMap(Object... pairs) {
    Map<String, JsonValue> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], (JsonValue) pairs[i + 1]);
    }
    return map;
  }
}
