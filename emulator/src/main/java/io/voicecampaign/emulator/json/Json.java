package io.voicecampaign.emulator.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The emulator's JSON, on jackson-core's streaming parser: a library independent of the SDK's Moshi,
 * so that the emulator checks what the SDK writes rather than agreeing with it by construction.
 *
 * <p>Strict as RFC 8259: jackson-core's defaults refuse comments, single quotes, unquoted names,
 * trailing commas, leading zeros, NaN, control characters in strings and malformed UTF-8 (a stray
 * continuation byte, a truncated sequence, an encoded surrogate; an overlong form is decoded);
 * on top of that nothing may follow the document, a tree may not hold a name twice in one object,
 * nesting stops at {@value #MAX_DEPTH} levels and a number at {@value #MAX_NUMBER_LENGTH} digits.
 * Every violation is a {@link JsonProcessingException} whose {@link #describe} names what was wrong
 * and where.
 */
public final class Json {

  /** The deepest nesting of arrays and objects accepted. */
  public static final int MAX_DEPTH = 256;
  /** The longest number literal accepted, in characters. */
  public static final int MAX_NUMBER_LENGTH = 512;

  static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).maxNumberLength(MAX_NUMBER_LENGTH).build())
      .build();

  private Json() {}

  /** A parser of the document in {@code in}, positioned before its first token; the caller closes {@code in}. */
  public static JsonParser parser(InputStream in) throws IOException {
    JsonParser parser = FACTORY.createParser(Objects.requireNonNull(in, "in == null"));
    parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
    return parser;
  }

  /** The whole document in {@code bytes} as a tree; nothing may follow it. */
  public static JsonValue parse(byte[] bytes) throws IOException {
    try (JsonParser parser = FACTORY.createParser(Objects.requireNonNull(bytes, "bytes == null"))) {
      first(parser);
      JsonValue value = readValue(parser);
      endDocument(parser);
      return value;
    }
  }

  /** Moves to the document's first token, which must exist. */
  public static JsonToken first(JsonParser parser) throws IOException {
    JsonToken token = parser.nextToken();
    if (token == null) {
      throw new JsonParseException(parser, "the document is empty");
    }
    return token;
  }

  /** Reads the value at the parser's current token whole, as a tree, and leaves the parser on its last token. */
  public static JsonValue readValue(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == null) {
      throw new JsonParseException(parser, "the document ends where a value was expected");
    }
    switch (token) {
      case START_OBJECT: {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          if (members.put(name, readValue(parser)) != null) {
            throw new JsonParseException(parser, "duplicate member name \"" + name + "\"");
          }
        }
        return new JsonValue.ObjectValue(members);
      }
      case START_ARRAY: {
        List<JsonValue> elements = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          elements.add(readValue(parser));
        }
        return new JsonValue.ArrayValue(elements);
      }
      case VALUE_STRING:
        return new JsonValue.StringValue(parser.getText());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new JsonValue.NumberValue(parser.getText());
      case VALUE_TRUE:
        return new JsonValue.BooleanValue(true);
      case VALUE_FALSE:
        return new JsonValue.BooleanValue(false);
      case VALUE_NULL:
        return JsonValue.NullValue.NULL;
      default:
        throw new JsonParseException(parser, "expected a value but found " + token);
    }
  }

  /** Checks that nothing but whitespace follows the value just read. */
  public static void endDocument(JsonParser parser) throws IOException {
    JsonToken token = parser.nextToken();
    if (token != null) {
      throw new JsonParseException(parser, "unexpected " + token + " after the end of the document");
    }
  }

  /** What a parse failure says, with the byte (or character) offset where it was found. */
  public static String describe(JsonProcessingException failure) {
    JsonLocation at = failure.getLocation();
    String what = failure.getOriginalMessage();
    if (at == null) {
      return what;
    }
    long offset = at.getByteOffset() >= 0 ? at.getByteOffset() : at.getCharOffset();
    return offset < 0 ? what : what + " near byte " + offset;
  }
}
