package io.voicecampaign.emulator.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.voicecampaign.emulator.Emulator;
import io.voicecampaign.emulator.EmulatorFixtures;
import io.voicecampaign.emulator.WireClient;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The server holds against hostile clients")
class HardeningWireTest {

  private static final String TASKS = "{\"current\":1,\"size\":10,\"params\":{\"strTime\":\"2025-03-01 00:00:00\","
      + "\"endTime\":\"2025-03-31 23:59:59\",\"taskType\":3,\"statusList\":[]}}";

  private Emulator emulator;
  private WireClient client;

  @BeforeEach
  void start() {
    emulator = EmulatorFixtures.start(EmulatorFixtures.config().build());
    client = new WireClient(emulator);
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  @Test
  @DisplayName("GET /health answers without credentials")
  void health() throws Exception {
    HttpResponse<String> answer = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/health")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo("{\"status\":\"UP\"}");
  }

  @Test
  @DisplayName("a query body over its 1 MiB cap is refused as a parameter exception, naming the cap")
  void queryBodyCap() {
    String padding = " ".repeat((int) Exchanges.SMALL_BODY_BYTES);
    WireClient.Answer answer = client.post("/voice/group/call/query", "{\"current\":1" + padding + "}");
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).contains("-22").contains("larger than " + Exchanges.SMALL_BODY_BYTES + " bytes");
  }

  @Test
  @DisplayName("eight sockets trickling headers do not stall a legitimate query")
  void slowloris() throws Exception {
    List<Socket> slow = new ArrayList<>();
    try {
      for (int i = 0; i < 8; i++) {
        Socket socket = new Socket(emulator.baseUrl().getHost(), emulator.baseUrl().getPort());
        OutputStream out = socket.getOutputStream();
        out.write(("POST /voice/group/call/query HTTP/1.1\r\nHost: localhost\r\nX-Slow-" + i + ": a")
            .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        slow.add(socket);
      }
      Thread.sleep(200);
      WireClient.Answer answer = assertTimeoutPreemptively(Duration.ofSeconds(3),
          () -> client.post("/voice/group/call/query", TASKS));
      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.body()).contains("\"code\":0");
    } finally {
      for (Socket socket : slow) {
        socket.close();
      }
    }
  }
}
