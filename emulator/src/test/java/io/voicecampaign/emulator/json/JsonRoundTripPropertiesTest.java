package io.voicecampaign.emulator.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;

/** What the writer writes, the reader reads back. */
@Label("JSON round trip properties")
class JsonRoundTripPropertiesTest {

  @Property(tries = 300)
  @Label("any string written is read back unchanged")
  void stringsRoundTrip(@ForAll String text) throws IOException {
    byte[] json = new JsonWriter().beginArray().value(text).endArray().toUtf8();

    JsonValue read = JsonReader.parse(json);

    // a lone surrogate cannot travel as UTF-8: it is written as '?', and the document is still JSON
    String expected = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    assertThat(read).isEqualTo(new JsonValue.ArrayValue(List.of(new JsonValue.StringValue(expected))));
  }

  @Property(tries = 300)
  @Label("any whole number written is read back as the same long")
  void numbersRoundTrip(@ForAll long number) throws IOException {
    JsonValue read = JsonReader.parse(new JsonWriter().value(number).toUtf8());

    assertThat(((JsonValue.NumberValue) read).longValue()).hasValue(number);
  }
}
