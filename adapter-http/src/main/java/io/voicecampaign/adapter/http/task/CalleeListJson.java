package io.voicecampaign.adapter.http.task;

import io.voicecampaign.domain.campaign.Callee;
import io.voicecampaign.domain.campaign.CalleeList;
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
  static void write(BufferedSink sink, CalleeList callees) throws IOException {
    // plain texts, checked so when the campaign was built, are copied without a look at each character
    boolean plain = callees.plainTexts();
    byte[] chunk = new byte[CHUNK_BYTES];
    int at = 0;
    chunk[at++] = '[';
    boolean first = true;
    CalleeList.Cursor callee = callees.cursor();
    while (callee.next()) {
      String number = callee.number();
      int texts = callee.textCount();
      int bound = worstCase(callee, number, texts);
      if (at + bound > chunk.length) {
        sink.write(chunk, 0, at);
        at = 0;
        if (bound > chunk.length) {
          chunk = new byte[bound];
        }
      }
      at = put(chunk, at, first ? FIRST_CALLEE : NEXT_CALLEE);
      first = false;
      at = JsonText.ascii(chunk, at, number);
      chunk[at++] = '"';
      for (int n = 1; n <= texts; n++) {
        String text = callee.text(n);
        if (text != null) {
          at = put(chunk, at, TEXT_KEYS[n]);
          at = plain ? JsonText.ascii(chunk, at, text) : putText(chunk, at, text);
          chunk[at++] = '"';
        }
      }
      chunk[at++] = '}';
    }
    chunk[at++] = ']'; // each callee's bound left room for it
    sink.write(chunk, 0, at);
  }

  /**
   * The bytes {@link #write} writes for {@code callees}, counted without writing them. When every
   * text is plain, one byte a character, the count comes from the sizes the domain counted while it
   * checked the callees, without a look at any of them; otherwise each text is measured.
   */
  static long length(CalleeList callees) {
    int size = callees.size();
    if (size == 0) {
      return EMPTY_LIST_BYTES;
    }
    // a callee's number, its quotes and key, the closing brace; the first has no comma before it
    long length = EMPTY_LIST_BYTES + (long) size * (NEXT_CALLEE.length + 2) - 1 + callees.numberDigits();
    for (int n = 1; n <= Callee.MAX_TEXTS; n++) {
      length += (long) callees.textsAt(n) * (TEXT_KEYS[n].length + 1);
    }
    return length + (callees.plainTexts() ? callees.textUnits() : textBytes(callees));
  }

  /** The bytes of every text inside its quotes. */
  private static long textBytes(CalleeList callees) {
    long bytes = 0;
    CalleeList.Cursor callee = callees.cursor();
    while (callee.next()) {
      for (int n = 1, texts = callee.textCount(); n <= texts; n++) {
        String text = callee.text(n);
        if (text != null) {
          bytes += textLength(text);
        }
      }
    }
    return bytes;
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

  /** More bytes than the cursor's callee can take, without looking at its characters. */
  private static int worstCase(CalleeList.Cursor callee, String number, int texts) {
    int bound = NEXT_CALLEE.length + number.length() + 2;
    for (int n = 1; n <= texts; n++) {
      String text = callee.text(n);
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
