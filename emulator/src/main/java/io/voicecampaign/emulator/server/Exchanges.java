package io.voicecampaign.emulator.server;

import com.sun.net.httpserver.HttpExchange;
import io.voicecampaign.emulator.json.JsonWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Reading request bodies and writing JSON answers on an {@link HttpExchange}. */
final class Exchanges {

  /** The largest body read whole (every request but the streamed create). */
  static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

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

  /** The whole body, at most {@link #MAX_BODY_BYTES}. */
  static byte[] readBody(InputStream in) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream(1024);
    byte[] chunk = new byte[8192];
    for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
      if (body.size() + n > MAX_BODY_BYTES) {
        throw new BodyTooLarge();
      }
      body.write(chunk, 0, n);
    }
    return body.toByteArray();
  }

  /** A body over {@link #MAX_BODY_BYTES}. */
  static final class BodyTooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    BodyTooLarge() {
      super("the body is larger than " + MAX_BODY_BYTES + " bytes");
    }
  }
}
