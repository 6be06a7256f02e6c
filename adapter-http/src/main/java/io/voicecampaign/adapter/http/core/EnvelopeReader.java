package io.voicecampaign.adapter.http.core;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.EOFException;
import java.io.IOException;
import okio.Buffer;
import okio.BufferedSource;
import okio.ByteString;

/**
 * Reads the envelope of every answer in one streaming pass. The result is the envelope, or the
 * reason it is not one: empty, markup, malformed or truncated JSON, wrong types, no code, no message.
 *
 * <p>A platform envelope is known by its shape: a code ({@code code} or {@code status}) and a message
 * field ({@code msg} or {@code reason}), as all four envelopes on the vendor pages carry. A body with
 * a {@code status} but no message field is some other server's answer: Spring Boot's default error
 * body ({@code {"timestamp":..,"status":500,"error":"Internal Server Error","path":..}}) is what a
 * Java platform answers for a wrong path or a crash, and its {@code status} is an HTTP status, not a
 * platform code.
 *
 * <p>Given the adapter of the data's wire type, the same pass reads {@code data} into that type: a list
 * page is then tokenized once, not once to find its data and again to read it. When that read fails,
 * for a wrong type or a malformed value, the answer is read again the plain way, data kept as raw JSON,
 * so that its code is still judged first and the failure is reported exactly as before.
 */
final class EnvelopeReader {

  private static final JsonReader.Options NAMES = JsonReader.Options.of("code", "status", "msg", "reason", "data");
  private static final int MAX_QUOTED = 40;
  private static final String MOSHI_LENIENCY_HINT = "Use JsonReader.setLenient(true) to accept malformed JSON";
  private static final ByteString UTF8_BOM = ByteString.decodeHex("efbbbf");

  private EnvelopeReader() {}

  static Either<String, Envelope> read(ByteString body) {
    return read(body, null);
  }

  /**
   * The envelope of {@code body}, its data read by {@code data} when that succeeds, kept as raw JSON
   * otherwise or when {@code data} is null.
   */
  static Either<String, Envelope> read(ByteString body, JsonAdapter<?> data) {
    Pass pass = readOnce(body, data);
    if (pass instanceof Found found) {
      return Either.right(found.envelope());
    }
    if (pass instanceof NotAnEnvelope not) {
      return Either.left(not.why());
    }
    return read(body, null);
  }

  /** What one pass over a body found. */
  private sealed interface Pass {}

  /** A platform envelope. */
  private record Found(Envelope envelope) implements Pass {}

  /** Not a platform envelope, and why. */
  private record NotAnEnvelope(String why) implements Pass {}

  /** The data is not of the wire type or not well-formed: the body is read again with its data kept raw. */
  private record DataNotOfType() implements Pass {}

  /** One pass: its data read by {@code dataAdapter}, or kept raw when that is null. */
  private static Pass readOnce(ByteString body, JsonAdapter<?> dataAdapter) {
    int first = firstNonWhitespace(body);
    if (first < 0) {
      return new NotAnEnvelope(body.size() == 0 ? "the body is empty" : "the body is blank");
    }
    if (first == '<') {
      return new NotAnEnvelope("the body is markup (HTML or XML), not JSON");
    }
    ByteString json = body.startsWith(UTF8_BOM) ? body.substring(UTF8_BOM.size()) : body;
    try (JsonReader reader = JsonReader.of(new Buffer().write(json))) {
      JsonReader.Token token = reader.peek();
      if (token != JsonReader.Token.BEGIN_OBJECT) {
        return new NotAnEnvelope("the body is a JSON " + describe(token) + ", not an object");
      }
      Integer code = null;
      Integer status = null;
      String msg = null;
      String reason = null;
      boolean messageField = false;
      ByteString data = null;
      Object decoded = null;
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.selectName(NAMES)) {
          case 0:
            code = readCode(reader, "code");
            break;
          case 1:
            status = readCode(reader, "status");
            break;
          case 2:
            msg = readText(reader);
            messageField = true;
            break;
          case 3:
            reason = readText(reader);
            messageField = true;
            break;
          case 4:
            if (dataAdapter == null || reader.peek() == JsonReader.Token.NULL) {
              data = readData(reader);
              decoded = null;
            } else {
              Option<Object> read = decode(reader, dataAdapter);
              if (read.isEmpty()) {
                return new DataNotOfType();
              }
              decoded = read.get();
              data = null;
            }
            break;
          default:
            reader.skipName();
            reader.skipValue();
        }
      }
      reader.endObject();
      if (!atEnd(reader)) {
        return new NotAnEnvelope("content follows the JSON object");
      }
      Integer effective = code != null ? code : status;
      if (effective == null) {
        return new NotAnEnvelope("the answer has neither a code nor a status");
      }
      if (!messageField) {
        return new NotAnEnvelope("the answer has a " + (code != null ? "code" : "status") + " but no msg or reason, so it is not a platform envelope"
            + " (a web framework's or a proxy's error body?)");
      }
      String message = msg != null ? msg : reason != null ? reason : "";
      return new Found(decoded != null
          ? Envelope.withReadData(effective, message, decoded, body)
          : new Envelope(effective, message, data, body));
    } catch (JsonEncodingException e) {
      String message = String.valueOf(e.getMessage());
      return new NotAnEnvelope(message.startsWith("Unterminated")
          ? "the JSON ends early: the body is truncated (" + message + ")"
          : "the body is not well-formed JSON (" + message.replace(MOSHI_LENIENCY_HINT, "malformed JSON") + ")");
    } catch (EOFException e) {
      return new NotAnEnvelope("the JSON ends early: the body is truncated");
    } catch (JsonDataException e) {
      return new NotAnEnvelope("the envelope has unexpected types: " + e.getMessage());
    } catch (IOException e) {
      return new NotAnEnvelope("the JSON could not be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  /** The data read by {@code adapter}; none when it is not of the adapter's type or not well-formed. */
  private static Option<Object> decode(JsonReader reader, JsonAdapter<?> adapter) {
    try {
      return Option.of(adapter.fromJson(reader));
    } catch (IOException | RuntimeException notTheWireType) {
      return Option.none();
    }
  }

  private static boolean atEnd(JsonReader reader) throws IOException {
    try {
      return reader.peek() == JsonReader.Token.END_DOCUMENT;
    } catch (JsonEncodingException e) {
      return false;
    }
  }

  private static Integer readCode(JsonReader reader, String name) throws IOException {
    JsonReader.Token token = reader.peek();
    switch (token) {
      case NUMBER:
        try {
          return reader.nextInt();
        } catch (JsonDataException e) {
          throw new JsonDataException(name + " is not a whole number that fits an int, at " + reader.getPath());
        }
      case STRING:
        String text = reader.nextString().strip();
        try {
          return Integer.parseInt(text);
        } catch (NumberFormatException e) {
          throw new JsonDataException(name + " '" + quote(text) + "' is not an integer, at " + reader.getPath());
        }
      case NULL:
        return reader.nextNull();
      default:
        throw new JsonDataException(name + " is a JSON " + describe(token) + ", not a number or a string, at " + reader.getPath());
    }
  }

  private static String readText(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case STRING:
      case NUMBER:
        return reader.nextString();
      case BOOLEAN:
        return Boolean.toString(reader.nextBoolean());
      case NULL:
        return reader.nextNull();
      default:
        reader.skipValue();
        return null;
    }
  }

  private static ByteString readData(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    try (BufferedSource source = reader.nextSource()) {
      return source.readByteString();
    }
  }

  private static int firstNonWhitespace(ByteString body) {
    for (int i = 0; i < body.size(); i++) {
      byte b = body.getByte(i);
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
        return b;
      }
    }
    return -1;
  }

  private static String quote(String text) {
    return text.length() > MAX_QUOTED ? text.substring(0, MAX_QUOTED) + "..." : text;
  }

  private static String describe(JsonReader.Token token) {
    switch (token) {
      case BEGIN_ARRAY:
        return "array";
      case BEGIN_OBJECT:
        return "object";
      case STRING:
        return "string";
      case NUMBER:
        return "number";
      case BOOLEAN:
        return "boolean";
      case NULL:
        return "null";
      default:
        return token.name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
