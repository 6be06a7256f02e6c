package io.voicecampaign.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An emulator")
class EmulatorTest {

  @Test
  @DisplayName("listens on loopback, prints its address and credentials, and frees its port when closed")
  void lifecycle() throws IOException {
    Emulator emulator = EmulatorFixtures.start(EmulatorFixtures.config().build());
    int port = emulator.port();

    String banner = EmulatorMain.banner(emulator);
    emulator.close();

    assertThat(emulator.baseUrl().toString()).isEqualTo("http://127.0.0.1:" + port);
    assertThat(banner).contains("http://127.0.0.1:" + port, "Api-Key      bDqJFiq9", "API secret   7bz1lzh9",
        "appId        Jgd8oFei", "Admin-Token: emulator-admin", "2025-03-03 09:00:00",
        "VOICE_BASE_URL=http://127.0.0.1:" + port, "mvn -q -pl examples -am compile exec:java");
    try (ServerSocket again = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
      assertThat(again.getLocalPort()).isEqualTo(port);
    }
  }

  @Test
  @DisplayName("fails to start on a port that is taken, with an IOException")
  void portTaken() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      EmulatorConfig config = EmulatorFixtures.config().port(taken.getLocalPort()).build();

      assertThatThrownBy(() -> Emulator.start(config)).isInstanceOf(IOException.class);
    }
  }

  @Test
  @DisplayName("logs one line per request without headers or bodies, and hides secrets in its configuration's text")
  void logsAndHides() throws InterruptedException {
    List<String> lines = Collections.synchronizedList(new ArrayList<>());
    try (Emulator emulator = EmulatorFixtures.start(EmulatorFixtures.config().requestLog(lines::add).build())) {
      new WireClient(emulator).post("/voice/group/call/send/agent",
          "{\"appId\":\"Jgd8oFei\",\"taskName\":\"logged\",\"agentId\":41,\"numberInfoList\":[{\"calleeNumber\":\"463212345678\"}]}");
      // the line is written once the exchange is closed, which may be just after the client has its answer
      for (int waited = 0; lines.isEmpty() && waited < 2_000; waited += 10) {
        Thread.sleep(10);
      }

      assertThat(lines).hasSize(1);
      assertThat(lines.get(0)).startsWith("POST /voice/group/call/send/agent -> SUCCESS(0)").doesNotContain("463212345678");
      assertThat(emulator.config().toString()).doesNotContain("7bz1lzh9", "emulator-admin").contains("<hidden>");
    }
  }
}
