package io.voicecampaign.adapter.http.task;

import io.voicecampaign.domain.campaign.Callee;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okio.BufferedSink;

/**
 * The create body's bulk, {@code numberInfoList}: up to 200,000 callees as one JSON array, rendered
 * byte by byte into a reusable chunk that goes to the sink whole, and counted without rendering it.
 *
 * <p>The sink is touched once per chunk rather than once per key and value, and the common text
 * (printable ASCII, nothing to escape) is copied a character at a time without a table lookup; from
 * the first other character on, a text is encoded by {@link JsonText}. Numbers hold only ASCII digits,
 * which need no escaping.
 */
final class CalleeListJson {

  private static final byte[] FIRST_CALLEE = ascii("{\"calleeNumber\":\"");
  private static final byte[] NEXT_CALLEE = ascii(",{\"calleeNumber\":\"");
  private static final byte[][] TEXT_KEYS = new byte[Callee.MAX_TEXTS + 1][];
  private static final int CHUNK_BYTES = 64 * 1024;
  private static final int EMPTY_LIST_BYTES = 2;

  static {
    for (int n = 1; n <= Callee.MAX_TEXTS; n++) {
      TEXT_KEYS[n] = ascii(",\"text" + n + "\":\"");
    }
  }

  private CalleeListJson() {}

  /** Writes {@code callees} as a JSON array to {@code sink}. */
  static void write(BufferedSink sink, Seq<Callee> callees) throws IOException {
    byte[] chunk = new byte[CHUNK_BYTES];
    int at = 0;
    chunk[at++] = '[';
    boolean first = true;
    for (Callee callee : callees) {
      int bound = worstCase(callee);
      if (at + bound > chunk.length) {
        sink.write(chunk, 0, at);
        at = 0;
        if (bound > chunk.length) {
          chunk = new byte[bound];
        }
      }
      at = put(chunk, at, first ? FIRST_CALLEE : NEXT_CALLEE);
      first = false;
      at = JsonText.ascii(chunk, at, callee.number().digits());
      chunk[at++] = '"';
      int texts = callee.textCount();
      for (int n = 1; n <= texts; n++) {
        String text = callee.textOrNull(n);
        if (text != null) {
          at = put(chunk, at, TEXT_KEYS[n]);
          at = putText(chunk, at, text);
          chunk[at++] = '"';
        }
      }
      chunk[at++] = '}';
    }
    chunk[at++] = ']'; // each callee's bound left room for it
    sink.write(chunk, 0, at);
  }

  /** The bytes {@link #write} writes for {@code callees}, counted without writing them. */
  static long length(Seq<Callee> callees) {
    long length = EMPTY_LIST_BYTES;
    boolean first = true;
    for (Callee callee : callees) {
      length += first ? FIRST_CALLEE.length : NEXT_CALLEE.length;
      first = false;
      length += callee.number().digits().length() + 2; // the closing quote and brace
      int texts = callee.textCount();
      for (int n = 1; n <= texts; n++) {
        String text = callee.textOrNull(n);
        if (text != null) {
          length += TEXT_KEYS[n].length + 1 + textLength(text);
        }
      }
    }
    return length;
  }

  /** The bytes of {@code text} inside its quotes. */
  private static long textLength(String text) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      if (!plain(text.charAt(i))) {
        return i + JsonText.length(text, i);
      }
    }
    return length;
  }

  /** More bytes than {@code callee} can take, without looking at its characters. */
  private static int worstCase(Callee callee) {
    int bound = NEXT_CALLEE.length + callee.number().digits().length() + 2;
    int texts = callee.textCount();
    for (int n = 1; n <= texts; n++) {
      String text = callee.textOrNull(n);
      if (text != null) {
        bound += TEXT_KEYS[n].length + 1 + JsonText.MAX_BYTES_PER_CHAR * text.length();
      }
    }
    return bound + 1; // room for the closing bracket
  }

  private static int put(byte[] chunk, int at, byte[] bytes) {
    System.arraycopy(bytes, 0, chunk, at, bytes.length);
    return at + bytes.length;
  }

  /** Writes {@code text} without its quotes: plain characters here, the rest by {@link JsonText}. */
  private static int putText(byte[] chunk, int at, String text) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (!plain(c)) {
        return JsonText.encode(chunk, at, text, i);
      }
      chunk[at++] = (byte) c;
    }
    return at;
  }

  /** ASCII that needs no escape: everything from the space up but the quote and the backslash. */
  private static boolean plain(char c) {
    return c >= 0x20 && c < 0x80 && c != '"' && c != '\\';
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
