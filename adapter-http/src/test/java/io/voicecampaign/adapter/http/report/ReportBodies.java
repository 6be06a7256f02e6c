package io.voicecampaign.adapter.http.report;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Push bodies for the receiver's tests: documented records, made as they are read. */
final class ReportBodies {

  private ReportBodies() {}

  /** One record with every documented field, its id and callee from {@code i}. */
  static String record(int i) {
    return CallReportParserTest.ANSWERED.replace("V2025081719301300001", "V" + i)
        .replace("463200000007", String.valueOf(463200000000L + i))
        .replace("\n", "");
  }

  /** A batch of the records {@code from} (inclusive) to {@code to} (exclusive), as text. */
  static String batch(int from, int to) {
    StringBuilder json = new StringBuilder("[");
    for (int i = from; i < to; i++) {
      json.append(i == from ? "" : ",").append(record(i));
    }
    return json.append(']').toString();
  }

  /** A batch of {@code count} records, written as it is read: the whole body is never in memory. */
  static InputStream streamed(int count) {
    return new InputStream() {
      private int next;
      private byte[] chunk = "[".getBytes(StandardCharsets.UTF_8);
      private int at;

      @Override
      public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
      }

      @Override
      public int read(byte[] into, int offset, int length) {
        if (at == chunk.length) {
          if (next > count) {
            return -1;
          }
          chunk = (next == count ? "]" : (next == 0 ? "" : ",") + record(next)).getBytes(StandardCharsets.UTF_8);
          next++;
          at = 0;
        }
        int n = Math.min(length, chunk.length - at);
        System.arraycopy(chunk, at, into, offset, n);
        at += n;
        return n;
      }
    };
  }

  /** The size in bytes of {@link #streamed}'s body. */
  static long streamedSize(int count) {
    long size = 2 + Math.max(0, count - 1);
    for (int i = 0; i < count; i++) {
      size += record(i).getBytes(StandardCharsets.UTF_8).length;
    }
    return size;
  }

  /** {@code bytes} bytes of {@code c}. */
  static byte[] filled(int bytes, char c) {
    byte[] body = new byte[bytes];
    Arrays.fill(body, (byte) c);
    return body;
  }
}
