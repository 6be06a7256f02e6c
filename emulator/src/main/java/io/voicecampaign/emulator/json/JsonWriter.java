package io.voicecampaign.emulator.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes one compact JSON document into memory with jackson-core's generator; the emulator's answers
 * are small (a page holds at most 100 records). Strings are escaped as RFC 8259 requires.
 *
 * <p>Misuse (a value where a name is due, an unclosed object) throws {@link IllegalStateException}: it
 * is a programming error, never a property of the input. Not thread-safe.
 */
public final class JsonWriter {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);
  private final JsonGenerator json;

  /** An empty writer. */
  public JsonWriter() {
    try {
      json = Json.FACTORY.createGenerator(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One step of writing; the generator only fails on misuse, since it writes into memory. */
  private interface Step {
    void run() throws IOException;
  }

  private JsonWriter step(Step step) {
    if (json.getOutputContext().inRoot() && json.getOutputContext().getEntryCount() > 0) {
      throw new IllegalStateException("a JSON document holds one value");
    }
    try {
      step.run();
      return this;
    } catch (IOException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** Opens an object. */
  public JsonWriter beginObject() {
    return step(json::writeStartObject);
  }

  /** Closes the current object. */
  public JsonWriter endObject() {
    return step(json::writeEndObject);
  }

  /** Opens an array. */
  public JsonWriter beginArray() {
    return step(json::writeStartArray);
  }

  /** Closes the current array. */
  public JsonWriter endArray() {
    return step(json::writeEndArray);
  }

  /** Writes a member name; a value must follow. */
  public JsonWriter name(String name) {
    return step(() -> json.writeFieldName(name));
  }

  /** Writes a string, or {@code null} for {@code null}. */
  public JsonWriter value(String value) {
    return step(() -> json.writeString(value));
  }

  /** Writes a whole number. */
  public JsonWriter value(long value) {
    return step(() -> json.writeNumber(value));
  }

  /** Writes {@code true} or {@code false}. */
  public JsonWriter value(boolean value) {
    return step(() -> json.writeBoolean(value));
  }

  /** Writes {@code null}. */
  public JsonWriter nullValue() {
    return step(json::writeNull);
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
      array.elements().forEach(this::value);
      return endArray();
    }
    if (value instanceof JsonValue.StringValue string) {
      return value(string.value());
    }
    if (value instanceof JsonValue.NumberValue number) {
      return step(() -> json.writeNumber(number.literal()));
    }
    if (value instanceof JsonValue.BooleanValue bool) {
      return value(bool.value());
    }
    return nullValue();
  }

  /** The document written; it must be complete. */
  @Override
  public String toString() {
    return new String(toUtf8(), StandardCharsets.UTF_8);
  }

  /** The document written, as UTF-8; it must be complete. */
  public byte[] toUtf8() {
    if (!json.getOutputContext().inRoot() || json.getOutputContext().getEntryCount() != 1) {
      throw new IllegalStateException("the document is incomplete");
    }
    try {
      json.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
