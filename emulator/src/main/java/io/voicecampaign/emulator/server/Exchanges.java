package io.voicecampaign.emulator.server;

import com.sun.net.httpserver.HttpExchange;
import io.voicecampaign.emulator.json.JsonWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Reading request bodies and writing JSON answers on an {@link HttpExchange}. */
final class Exchanges {

  /**
   * The largest create body: the documented 200,000 callees, each an 18-digit number and ten texts
   * of the documented 30 characters at up to 3 UTF-8 bytes each, with their keys and punctuation
   * (about 1.2 KiB a callee), plus the task's settings.
   */
  static final long CREATE_BODY_BYTES = 256L * 1024 * 1024;
  /**
   * The largest body of every other request (queries, cancellations, flow edits, admin): their
   * documented fields fit in a few KiB; 1 MiB leaves room for long id lists and whitespace.
   */
  static final long SMALL_BODY_BYTES = 1024 * 1024;

  private Exchanges() {}

  /** Sends {@code body} as JSON with {@code status}. */
  static void sendJson(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** Sends {@code {"status": status, "error": error, "message": message}}, an HTTP-level error as servlet containers write it. */
  static void sendError(HttpExchange exchange, int status, String error, String message) throws IOException {
    sendJson(exchange, status, new JsonWriter().beginObject()
        .name("status").value(status)
        .name("error").value(error)
        .name("message").value(message)
        .name("path").value(exchange.getRequestURI().getPath())
        .endObject().toUtf8());
  }

  /** The whole body, at most {@link #SMALL_BODY_BYTES}. */
  static byte[] readBody(InputStream in) throws IOException {
    return limited(in, SMALL_BODY_BYTES).readAllBytes();
  }

  /** {@code in}, failing with {@link BodyTooLarge} once more than {@code limit} bytes are read from it. */
  static InputStream limited(InputStream in, long limit) {
    return new FilterInputStream(in) {
      private long remaining = limit;

      @Override
      public int read() throws IOException {
        int b = super.read();
        count(b < 0 ? 0 : 1);
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        count(Math.max(0, n));
        return n;
      }

      private void count(int n) throws BodyTooLarge {
        remaining -= n;
        if (remaining < 0) {
          throw new BodyTooLarge(limit);
        }
      }
    };
  }

  /** A body over its endpoint's limit. */
  static final class BodyTooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    BodyTooLarge(long limit) {
      super("the body is larger than " + limit + " bytes, the most this endpoint reads");
    }
  }
}
