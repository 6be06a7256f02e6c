package io.voicecampaign.emulator.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The JSON writer")
class JsonWriterTest {

  @Test
  @DisplayName("writes compact JSON with commas and colons in place")
  void writesCompactJson() {
    String json = new JsonWriter().beginObject()
        .name("a").value(1)
        .name("b").beginArray().value("x").value(true).nullValue().endArray()
        .name("c").beginObject().endObject()
        .name("d").value(new JsonValue.NumberValue("-1.5e3"))
        .endObject().toString();

    assertThat(json).isEqualTo("{\"a\":1,\"b\":[\"x\",true,null],\"c\":{},\"d\":-1.5e3}");
  }

  @Test
  @DisplayName("escapes quotes, backslashes and control characters, and writes other text as UTF-8")
  void escapes() {
    String json = new JsonWriter().value("\"\\\n\r\t\b\f\u0001é中😀").toString();

    assertThat(json).isEqualTo("\"\\\"\\\\\\n\\r\\t\\b\\f\\u0001é中😀\"");
  }

  @Test
  @DisplayName("refuses misuse: a value without a name, two names, an incomplete document, two documents")
  void refusesMisuse() {
    assertThatThrownBy(() -> new JsonWriter().beginObject().value(1)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new JsonWriter().beginObject().name("a").name("b")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new JsonWriter().beginArray().toString()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new JsonWriter().value(1).value(2)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new JsonWriter().beginArray().endObject()).isInstanceOf(IllegalStateException.class);
  }
}
