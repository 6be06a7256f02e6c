package io.voicecampaign.emulator.json;

import static io.voicecampaign.emulator.json.JsonScope.DANGLING_NAME;
import static io.voicecampaign.emulator.json.JsonScope.EMPTY_ARRAY;
import static io.voicecampaign.emulator.json.JsonScope.EMPTY_DOCUMENT;
import static io.voicecampaign.emulator.json.JsonScope.EMPTY_OBJECT;
import static io.voicecampaign.emulator.json.JsonScope.NONEMPTY_ARRAY;
import static io.voicecampaign.emulator.json.JsonScope.NONEMPTY_DOCUMENT;
import static io.voicecampaign.emulator.json.JsonScope.NONEMPTY_OBJECT;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A strict pull reader of one JSON document (RFC 8259) from a stream of UTF-8 bytes. It reads through a
 * fixed buffer, so a request body of tens of megabytes is read in one pass without holding it whole;
 * callers take the tokens they expect ({@link #beginObject()}, {@link #nextName()}, ...) or read a
 * small value whole with {@link #readValue()}.
 *
 * <p>Strict: no comments, no single quotes, no unquoted names, no trailing commas, no leading zeros,
 * no control characters inside strings, no bytes that are not UTF-8, no duplicate names in an object
 * read whole, nothing after the document, and at most {@value #MAX_DEPTH} levels of nesting. Every
 * violation is a {@link MalformedJsonException} naming the byte offset. Not thread-safe.
 */
public final class JsonReader {

  /** What the next token is. */
  public enum Token {
    /** An opening brace. */
    BEGIN_OBJECT,
    /** {@code }}. */
    END_OBJECT,
    /** {@code [}. */
    BEGIN_ARRAY,
    /** {@code ]}. */
    END_ARRAY,
    /** A member name. */
    NAME,
    /** A string value. */
    STRING,
    /** A number value. */
    NUMBER,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** {@code null}. */
    NULL,
    /** The end of the document. */
    END_DOCUMENT
  }

  /** The deepest nesting of arrays and objects accepted. */
  public static final int MAX_DEPTH = 256;
  /** The longest number literal accepted, in characters. */
  public static final int MAX_NUMBER_LENGTH = 512;

  private final InputStream in;
  private final byte[] buffer;
  private int pos;
  private int limit;
  private long bufferOffset;
  private boolean exhausted;

  private int[] scopes = new int[32];
  private int depth = 1;

  private Token peeked;
  private String peekedText;
  private boolean peekedBoolean;
  private final StringBuilder chars = new StringBuilder(64);

  private JsonReader(InputStream in, int bufferSize) {
    this.in = in;
    this.buffer = new byte[bufferSize];
    scopes[0] = EMPTY_DOCUMENT;
  }

  /** A reader of the document in {@code in}, read through a 64 KiB buffer; the caller closes {@code in}. */
  public static JsonReader of(InputStream in) {
    return new JsonReader(Objects.requireNonNull(in, "in == null"), 64 * 1024);
  }

  /** A reader of the document in {@code bytes}. */
  public static JsonReader of(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes == null");
    return new JsonReader(new ByteArrayInputStream(bytes), Math.max(16, Math.min(bytes.length, 64 * 1024)));
  }

  /** The whole document in {@code bytes} as a tree; nothing may follow it. */
  public static JsonValue parse(byte[] bytes) throws IOException {
    JsonReader reader = of(bytes);
    JsonValue value = reader.readValue();
    reader.endDocument();
    return value;
  }

  /** The byte offset of the next unread byte, for messages. */
  public long offset() {
    return bufferOffset + pos;
  }

  /** The next token, without consuming it. */
  public Token peek() throws IOException {
    if (peeked != null) {
      return peeked;
    }
    int scope = scopes[depth - 1];
    int c;
    switch (scope) {
      case EMPTY_DOCUMENT:
        scopes[depth - 1] = NONEMPTY_DOCUMENT;
        c = nextNonWhitespace();
        if (c < 0) {
          throw syntax("the document is empty");
        }
        return peekValue(c);
      case NONEMPTY_DOCUMENT:
        c = nextNonWhitespace();
        if (c >= 0) {
          throw syntax("unexpected " + describe(c) + " after the end of the document");
        }
        return peeked = Token.END_DOCUMENT;
      case EMPTY_ARRAY:
        scopes[depth - 1] = NONEMPTY_ARRAY;
        c = nextNonWhitespace();
        if (c == ']') {
          return peeked = Token.END_ARRAY;
        }
        return peekValue(c);
      case NONEMPTY_ARRAY:
        c = nextNonWhitespace();
        if (c == ']') {
          return peeked = Token.END_ARRAY;
        }
        if (c != ',') {
          throw syntax("expected ',' or ']' but found " + describe(c));
        }
        c = nextNonWhitespace();
        if (c == ']') {
          throw syntax("a trailing ',' before ']'");
        }
        return peekValue(c);
      case EMPTY_OBJECT:
      case NONEMPTY_OBJECT:
        c = nextNonWhitespace();
        if (c == '}') {
          return peeked = Token.END_OBJECT;
        }
        if (scope == NONEMPTY_OBJECT) {
          if (c != ',') {
            throw syntax("expected ',' or '}' but found " + describe(c));
          }
          c = nextNonWhitespace();
          if (c == '}') {
            throw syntax("a trailing ',' before '}'");
          }
        }
        if (c != '"') {
          throw syntax("expected a member name in double quotes but found " + describe(c));
        }
        peekedText = readString();
        scopes[depth - 1] = DANGLING_NAME;
        return peeked = Token.NAME;
      case DANGLING_NAME:
        c = nextNonWhitespace();
        if (c != ':') {
          throw syntax("expected ':' after a member name but found " + describe(c));
        }
        scopes[depth - 1] = NONEMPTY_OBJECT;
        return peekValue(nextNonWhitespace());
      default:
        throw new IllegalStateException("scope " + scope);
    }
  }

  private Token peekValue(int c) throws IOException {
    switch (c) {
      case '{':
        return peeked = Token.BEGIN_OBJECT;
      case '[':
        return peeked = Token.BEGIN_ARRAY;
      case '"':
        peekedText = readString();
        return peeked = Token.STRING;
      case 't':
        expectLiteral("rue", "true");
        peekedBoolean = true;
        return peeked = Token.BOOLEAN;
      case 'f':
        expectLiteral("alse", "false");
        peekedBoolean = false;
        return peeked = Token.BOOLEAN;
      case 'n':
        expectLiteral("ull", "null");
        return peeked = Token.NULL;
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          peekedText = readNumber(c);
          return peeked = Token.NUMBER;
        }
        throw syntax(c < 0 ? "the document ends where a value was expected" : "expected a value but found " + describe(c));
    }
  }

  /** Consumes an opening brace. */
  public void beginObject() throws IOException {
    expect(Token.BEGIN_OBJECT);
    push(EMPTY_OBJECT);
  }

  /** Consumes {@code }}. */
  public void endObject() throws IOException {
    expect(Token.END_OBJECT);
    depth--;
  }

  /** Consumes {@code [}. */
  public void beginArray() throws IOException {
    expect(Token.BEGIN_ARRAY);
    push(EMPTY_ARRAY);
  }

  /** Consumes {@code ]}. */
  public void endArray() throws IOException {
    expect(Token.END_ARRAY);
    depth--;
  }

  /** True when the current array or object has another element or member. */
  public boolean hasNext() throws IOException {
    Token token = peek();
    return token != Token.END_OBJECT && token != Token.END_ARRAY && token != Token.END_DOCUMENT;
  }

  /** Consumes a member name. */
  public String nextName() throws IOException {
    expect(Token.NAME);
    return peekedText;
  }

  /** Consumes a string value. */
  public String nextString() throws IOException {
    expect(Token.STRING);
    return peekedText;
  }

  /** Consumes a number value and returns its literal. */
  public String nextNumber() throws IOException {
    expect(Token.NUMBER);
    return peekedText;
  }

  /** Consumes {@code true} or {@code false}. */
  public boolean nextBoolean() throws IOException {
    expect(Token.BOOLEAN);
    return peekedBoolean;
  }

  /** Consumes {@code null}. */
  public void nextNull() throws IOException {
    expect(Token.NULL);
  }

  /** Consumes the next value whatever it is, nested values included. */
  public void skipValue() throws IOException {
    int open = 0;
    do {
      Token token = peek();
      switch (token) {
        case BEGIN_OBJECT:
          beginObject();
          open++;
          break;
        case BEGIN_ARRAY:
          beginArray();
          open++;
          break;
        case END_OBJECT:
          endObject();
          open--;
          break;
        case END_ARRAY:
          endArray();
          open--;
          break;
        case END_DOCUMENT:
          throw syntax("the document ends inside a value");
        default:
          peeked = null;
          break;
      }
    } while (open > 0);
  }

  /** Consumes the next value whole, as a tree. */
  public JsonValue readValue() throws IOException {
    Token token = peek();
    switch (token) {
      case BEGIN_OBJECT: {
        beginObject();
        Map<String, JsonValue> members = new LinkedHashMap<>();
        while (hasNext()) {
          long at = offset();
          String name = nextName();
          if (members.containsKey(name)) {
            throw new MalformedJsonException("duplicate member name \"" + name + "\" near byte " + at);
          }
          members.put(name, readValue());
        }
        endObject();
        return new JsonValue.ObjectValue(members);
      }
      case BEGIN_ARRAY: {
        beginArray();
        List<JsonValue> elements = new ArrayList<>();
        while (hasNext()) {
          elements.add(readValue());
        }
        endArray();
        return new JsonValue.ArrayValue(elements);
      }
      case STRING:
        return new JsonValue.StringValue(nextString());
      case NUMBER:
        return new JsonValue.NumberValue(nextNumber());
      case BOOLEAN:
        return new JsonValue.BooleanValue(nextBoolean());
      case NULL:
        nextNull();
        return JsonValue.NullValue.NULL;
      default:
        throw syntax("expected a value but found " + token);
    }
  }

  /** Checks that nothing but whitespace follows the document. */
  public void endDocument() throws IOException {
    expect(Token.END_DOCUMENT);
  }

  private void expect(Token wanted) throws IOException {
    Token token = peek();
    if (token != wanted) {
      throw syntax("expected " + wanted + " but found " + token);
    }
    peeked = null;
  }

  private void push(int scope) throws MalformedJsonException {
    if (depth == MAX_DEPTH + 1) {
      throw syntax("nesting deeper than " + MAX_DEPTH + " levels");
    }
    if (depth == scopes.length) {
      scopes = Arrays.copyOf(scopes, scopes.length * 2);
    }
    scopes[depth++] = scope;
  }

  // ---- bytes ----

  private boolean fill() throws IOException {
    if (exhausted) {
      return false;
    }
    bufferOffset += limit;
    pos = 0;
    limit = 0;
    int n = in.read(buffer, 0, buffer.length);
    while (n == 0) {
      n = in.read(buffer, 0, buffer.length);
    }
    if (n < 0) {
      exhausted = true;
      return false;
    }
    limit = n;
    return true;
  }

  private int read() throws IOException {
    if (pos == limit && !fill()) {
      return -1;
    }
    return buffer[pos++] & 0xFF;
  }

  private int nextNonWhitespace() throws IOException {
    while (true) {
      if (pos == limit && !fill()) {
        return -1;
      }
      int c = buffer[pos++] & 0xFF;
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        return c;
      }
    }
  }

  private void expectLiteral(String rest, String literal) throws IOException {
    for (int i = 0; i < rest.length(); i++) {
      if (read() != rest.charAt(i)) {
        throw syntax("expected the literal " + literal);
      }
    }
  }

  // ---- numbers ----

  private String readNumber(int first) throws IOException {
    chars.setLength(0);
    int c = first;
    if (c == '-') {
      chars.append('-');
      c = read();
    }
    if (c == '0') {
      chars.append('0');
      c = peekByte();
      if (c >= '0' && c <= '9') {
        throw syntax("a number with a leading zero");
      }
    } else if (c >= '1' && c <= '9') {
      chars.append((char) c);
      readDigits();
    } else {
      throw syntax("expected a digit in a number but found " + describe(c));
    }
    c = peekByte();
    if (c == '.') {
      pos++;
      chars.append('.');
      if (readDigits() == 0) {
        throw syntax("expected a digit after '.' in a number");
      }
      c = peekByte();
    }
    if (c == 'e' || c == 'E') {
      pos++;
      chars.append((char) c);
      c = peekByte();
      if (c == '+' || c == '-') {
        pos++;
        chars.append((char) c);
      }
      if (readDigits() == 0) {
        throw syntax("expected a digit in a number's exponent");
      }
    }
    return chars.toString();
  }

  private int readDigits() throws IOException {
    int count = 0;
    for (int c = peekByte(); c >= '0' && c <= '9'; c = peekByte()) {
      pos++;
      chars.append((char) c);
      if (chars.length() > MAX_NUMBER_LENGTH) {
        throw syntax("a number longer than " + MAX_NUMBER_LENGTH + " characters");
      }
      count++;
    }
    return count;
  }

  /** The next byte without consuming it, or -1 at the end. */
  private int peekByte() throws IOException {
    if (pos == limit && !fill()) {
      return -1;
    }
    return buffer[pos] & 0xFF;
  }

  // ---- strings ----

  /** Reads a string whose opening quote was consumed; ASCII strings within the buffer take a fast path. */
  private String readString() throws IOException {
    int start = pos;
    while (pos < limit) {
      byte b = buffer[pos];
      if (b == '"') {
        pos++;
        return new String(buffer, start, pos - 1 - start, StandardCharsets.ISO_8859_1);
      }
      if (b == '\\' || b < 0x20) {
        break;
      }
      pos++;
    }
    chars.setLength(0);
    appendAscii(start, pos);
    while (true) {
      if (pos == limit && !fill()) {
        throw syntax("the document ends inside a string");
      }
      int runStart = pos;
      while (pos < limit) {
        byte b = buffer[pos];
        if (b == '"' || b == '\\' || b < 0x20) {
          break;
        }
        pos++;
      }
      appendAscii(runStart, pos);
      if (pos == limit) {
        continue;
      }
      int c = buffer[pos++] & 0xFF;
      if (c == '"') {
        return chars.toString();
      } else if (c == '\\') {
        readEscape();
      } else if (c < 0x20) {
        throw syntax("an unescaped control character " + describe(c) + " in a string");
      } else {
        readUtf8(c);
      }
    }
  }

  private void appendAscii(int from, int to) {
    for (int i = from; i < to; i++) {
      chars.append((char) buffer[i]);
    }
  }

  private void readEscape() throws IOException {
    int c = read();
    switch (c) {
      case '"':
      case '\\':
      case '/':
        chars.append((char) c);
        break;
      case 'b':
        chars.append('\b');
        break;
      case 'f':
        chars.append('\f');
        break;
      case 'n':
        chars.append('\n');
        break;
      case 'r':
        chars.append('\r');
        break;
      case 't':
        chars.append('\t');
        break;
      case 'u': {
        int value = 0;
        for (int i = 0; i < 4; i++) {
          int h = read();
          int digit = Character.digit(h < 0 ? -1 : h, 16);
          if (h < 0 || h > 0x7F || digit < 0) {
            throw syntax("expected four hex digits after \\u");
          }
          value = value * 16 + digit;
        }
        chars.append((char) value);
        break;
      }
      default:
        throw syntax(c < 0 ? "the document ends inside an escape" : "an invalid escape \\" + (char) c);
    }
  }

  /** Decodes one multi-byte UTF-8 sequence whose lead byte {@code lead} (0x80 or above) was consumed. */
  private void readUtf8(int lead) throws IOException {
    int extra;
    int codePoint;
    int min;
    if ((lead & 0xE0) == 0xC0) {
      extra = 1;
      codePoint = lead & 0x1F;
      min = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
      extra = 2;
      codePoint = lead & 0x0F;
      min = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
      extra = 3;
      codePoint = lead & 0x07;
      min = 0x10000;
    } else {
      throw syntax("a byte 0x" + Integer.toHexString(lead) + " that does not start a UTF-8 character");
    }
    for (int i = 0; i < extra; i++) {
      int b = read();
      if (b < 0 || (b & 0xC0) != 0x80) {
        throw syntax("a truncated UTF-8 character");
      }
      codePoint = (codePoint << 6) | (b & 0x3F);
    }
    if (codePoint < min || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
      throw syntax("an invalid UTF-8 character (overlong, surrogate or out of range)");
    }
    chars.appendCodePoint(codePoint);
  }

  // ---- errors ----

  private MalformedJsonException syntax(String what) {
    return new MalformedJsonException("malformed JSON at byte " + offset() + ": " + what);
  }

  private static String describe(int c) {
    if (c < 0) {
      return "the end of the document";
    }
    if (c >= 0x21 && c < 0x7F) {
      return "'" + (char) c + "'";
    }
    return String.format("byte 0x%02x", c);
  }
}
