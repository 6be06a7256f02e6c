package io.voicecampaign.adapter.http;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.adapter.http.config.HttpConfig;
import io.voicecampaign.application.port.in.task.ListTasksCommand;
import io.voicecampaign.application.testing.VirtualClock;
import io.voicecampaign.domain.shared.TimeRange;
import io.voicecampaign.domain.task.TaskQuery;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Closing the HTTP client releases what the SDK owns and nothing else")
class ClosingTest {

  private static final ListTasksCommand LIST =
      new ListTasksCommand(TaskQuery.within(TimeRange.between(Instant.EPOCH, Instant.EPOCH), 10));

  @StartStop
  final MockWebServer server = HttpFixtures.server();

  private final VirtualClock time = HttpFixtures.seedTime();

  @Test
  @DisplayName("the SDK's own client: the kept-alive connection stays open until close() ends it")
  void ownClient() throws Exception {
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CountDownLatch idle = new CountDownLatch(1);
      CountDownLatch closing = new CountDownLatch(1);
      CompletableFuture<String> connection =
          CompletableFuture.supplyAsync(() -> serveOnceThenWatch(listener, idle, closing));
      HttpConfig config = HttpFixtures.config(server, time)
          .baseUrl("http://127.0.0.1:" + listener.getLocalPort() + "/").build();
      HttpVoiceCampaigns sdk = HttpVoiceCampaigns.create(config, time);
      assertThat(sdk.listTasks().page(LIST).isRight()).isTrue();
      assertThat(idle.await(10, TimeUnit.SECONDS)).as("the server checked the idle connection").isTrue();

      sdk.close();
      closing.countDown();

      assertThat(connection.get(10, TimeUnit.SECONDS)).isEqualTo("open while pooled, then closed by the client");
    }
  }

  @Test
  @DisplayName("a supplied client stays its owner's: still running and still usable")
  void suppliedClient() {
    OkHttpClient supplied = new OkHttpClient();
    server.enqueue(HttpFixtures.json(HttpFixtures.SEED_QUERY_ANSWER));
    server.enqueue(HttpFixtures.json(HttpFixtures.SEED_QUERY_ANSWER));
    HttpConfig config = HttpFixtures.config(server, time).okHttpClient(supplied).build();
    try (HttpVoiceCampaigns sdk = HttpVoiceCampaigns.create(config, time)) {
      assertThat(sdk.listTasks().page(LIST).isRight()).isTrue();
    }

    assertThat(supplied.dispatcher().executorService().isShutdown()).isFalse();
    try (HttpVoiceCampaigns again = HttpVoiceCampaigns.create(config, time)) {
      assertThat(again.listTasks().page(LIST).isRight()).isTrue();
    }
  }

  /**
   * Answers one request with a kept-alive connection, checks that the client left it open (it read
   * nothing more and saw no end for 250 ms) and counts {@code idle} down, then waits for {@code closing}
   * and for the client to end it.
   */
  private static String serveOnceThenWatch(ServerSocket listener, CountDownLatch idle, CountDownLatch closing) {
    try (Socket socket = listener.accept()) {
      InputStream in = socket.getInputStream();
      readRequest(in);
      byte[] body = HttpFixtures.SEED_QUERY_ANSWER.getBytes(UTF_8);
      socket.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
          + body.length + "\r\n\r\n").getBytes(US_ASCII));
      socket.getOutputStream().write(body);
      socket.getOutputStream().flush();
      socket.setSoTimeout(250);
      try {
        return "read " + in.read() + " while pooled";
      } catch (SocketTimeoutException stillOpen) {
        idle.countDown();
      }
      closing.await();
      socket.setSoTimeout(5_000);
      try {
        int next = in.read();
        return next == -1 ? "open while pooled, then closed by the client" : "read " + next + " after close()";
      } catch (SocketTimeoutException stillOpen) {
        return "still open 5 s after close()";
      }
    } catch (IOException | InterruptedException e) {
      return "server failed: " + e;
    } finally {
      idle.countDown();
    }
  }

  /** Reads one request's head and its {@code Content-Length} body. */
  private static void readRequest(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(US_ASCII).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b == -1) {
        throw new IOException("the request ended in its head");
      }
      head.write(b);
    }
    int length = 0;
    for (String line : head.toString(US_ASCII).split("\r\n")) {
      if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
        length = Integer.parseInt(line.substring(15).trim());
      }
    }
    in.readNBytes(length);
  }
}
