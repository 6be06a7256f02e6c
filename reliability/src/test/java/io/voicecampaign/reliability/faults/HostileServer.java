package io.voicecampaign.reliability.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback server that answers every request in one hostile way, byte by byte on a raw socket, for
 * as long as the client stays: what no well-behaved test server does.
 */
final class HostileServer implements AutoCloseable {

  /** How the server misbehaves once it has read a request's head. */
  enum Behaviour {
    /** A valid status line and headers, then the body one byte every 100 ms, never ending. */
    TRICKLED_BODY,
    /** The status line, then a header line one byte every 100 ms, never ending. */
    TRICKLED_HEADERS,
    /** {@code 102 Processing} informational answers, one every 50 ms, never the final answer. */
    PROCESSING_FLOOD
  }

  private final ServerSocket socket;
  private final Behaviour behaviour;
  private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
    Thread thread = new Thread(r, "hostile-server");
    thread.setDaemon(true);
    return thread;
  });
  private final AtomicInteger requests = new AtomicInteger();

  HostileServer(Behaviour behaviour) throws IOException {
    this.behaviour = behaviour;
    this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    workers.execute(this::accept);
  }

  /** The base URL clients use. */
  String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort() + "/";
  }

  /** Requests whose head was read. */
  int requests() {
    return requests.get();
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        workers.execute(() -> serve(client));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket client) {
    try (client; InputStream in = client.getInputStream(); OutputStream out = client.getOutputStream()) {
      readHead(in);
      requests.incrementAndGet();
      switch (behaviour) {
        case TRICKLED_BODY:
          out.write(ascii("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000000\r\n\r\n"));
          drip(out, "{\"code\":0,\"msg\":\"success\",\"data\":\"");
          break;
        case TRICKLED_HEADERS:
          out.write(ascii("HTTP/1.1 200 OK\r\nX-Slow: "));
          drip(out, "a");
          break;
        default:
          while (true) {
            out.write(ascii("HTTP/1.1 102 Processing\r\n\r\n"));
            out.flush();
            Thread.sleep(50);
          }
      }
    } catch (IOException | InterruptedException gone) {
      // the client gave up, as it must
    }
  }

  /** Writes {@code prefix} a byte at a time, then {@code x} bytes forever, one every 100 ms. */
  private static void drip(OutputStream out, String prefix) throws IOException, InterruptedException {
    byte[] start = ascii(prefix);
    for (long i = 0; ; i++) {
      out.write(i < start.length ? start[(int) i] : 'x');
      out.flush();
      Thread.sleep(100);
    }
  }

  /** Reads up to the blank line that ends the request head; the body is left unread. */
  private static void readHead(InputStream in) throws IOException {
    int matched = 0;
    byte[] end = ascii("\r\n\r\n");
    int b;
    while ((b = in.read()) != -1) {
      matched = b == end[matched] ? matched + 1 : (b == end[0] ? 1 : 0);
      if (matched == end.length) {
        return;
      }
    }
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  @Override
  public void close() throws IOException {
    socket.close();
    workers.shutdownNow();
  }
}
