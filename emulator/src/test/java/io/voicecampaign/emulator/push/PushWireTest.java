package io.voicecampaign.emulator.push;

import static io.voicecampaign.emulator.Json.at;
import static io.voicecampaign.emulator.Json.number;
import static io.voicecampaign.emulator.Json.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.voicecampaign.adapter.http.report.CallReportParser;
import io.voicecampaign.domain.report.CallReport;
import io.voicecampaign.domain.shared.InvalidValueException;
import io.voicecampaign.emulator.Emulator;
import io.voicecampaign.emulator.EmulatorConfig;
import io.voicecampaign.emulator.EmulatorFixtures;
import io.voicecampaign.emulator.WireClient;
import io.voicecampaign.emulator.json.JsonValue;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The emulator's report pushes over its admin endpoints")
class PushWireTest {

  private static final String QUERY = "{\"current\":1,\"size\":10,\"params\":{\"strTime\":\"2025-03-01 00:00:00\","
      + "\"endTime\":\"2025-03-31 23:59:59\"}}";

  private final java.util.List<AutoCloseable> closing = new java.util.ArrayList<>();

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable c : closing) {
      c.close();
    }
  }

  private <T extends AutoCloseable> T closed(T resource) {
    closing.add(resource);
    return resource;
  }

  private static JsonValue pushes(WireClient client) {
    WireClient.Answer answer = client.admin("GET", "pushes", null);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json();
  }

  private static void awaitAttempts(WireClient client, int attempts, String state) {
    Receiver.await(() -> {
      JsonValue batch = at(pushes(client), "batches[0]");
      return text(batch, "state").equals(state)
          && ((JsonValue.ArrayValue) at(batch, "attempts")).elements().size() == attempts;
    }, () -> "no batch " + state + " after " + attempts + " attempts: " + client.admin("GET", "pushes", null).body());
  }

  @Test
  @DisplayName("deliver a batch answered 500 twice on its third attempt as /admin/advance moves platform time by 30 minutes")
  void retriesAsTimeIsAdvanced() {
    Receiver receiver = closed(Receiver.answering(500, 500, 200));
    Emulator emulator = closed(EmulatorFixtures.start(EmulatorFixtures.config().build()));
    WireClient client = new WireClient(emulator);
    WireClient.Answer set = client.admin("POST", "push", "{\"url\":\"" + receiver.url() + "\"}");
    assertThat(set.status()).as(set.body()).isEqualTo(200);
    assertThat(text(set.json(), "target")).isEqualTo(receiver.url());
    Seq<CallReport> reports = List.of(Reports.full("v-1"), Reports.unanswered("v-2"));

    assertThat(emulator.pushes().submit("task-7#1", reports)).isEqualTo(Submission.ACCEPTED);
    awaitAttempts(client, 1, "retrying");
    assertThat(text(pushes(client), "batches[0].nextAttempt")).isEqualTo("2025-03-03 09:30:00");
    client.admin("POST", "advance", "{\"seconds\":1800}");
    awaitAttempts(client, 2, "retrying");
    client.admin("POST", "advance", "{\"seconds\":1800}");
    awaitAttempts(client, 3, "delivered");

    JsonValue shown = pushes(client);
    assertThat(text(shown, "batches[0].id")).isEqualTo("task-7#1");
    assertThat(number(shown, "batches[0].records")).isEqualTo(2);
    assertThat(text(shown, "batches[0].target")).isEqualTo(receiver.url());
    assertThat(text(shown, "batches[0].attempts[0].platformTime")).isEqualTo("2025-03-03 09:00:00");
    assertThat(text(shown, "batches[0].attempts[1].platformTime")).isEqualTo("2025-03-03 09:30:00");
    assertThat(text(shown, "batches[0].attempts[2].platformTime")).isEqualTo("2025-03-03 10:00:00");
    assertThat(number(shown, "batches[0].attempts[0].status")).isEqualTo(500);
    assertThat(number(shown, "batches[0].attempts[1].status")).isEqualTo(500);
    assertThat(number(shown, "batches[0].attempts[2].status")).isEqualTo(200);
    assertThat(text(shown, "batches[0].attempts[2].wallTime")).endsWith("Z");
    assertThat(number(shown, "maxAttempts")).isEqualTo(4);
    assertThat(number(shown, "retryIntervalSeconds")).isEqualTo(1800);
    assertThat(receiver.bodies()).hasSize(3);
    assertThat(CallReportParser.create().parse(receiver.bodies().get(2)).get()).containsExactlyElementsOf(reports);
  }

  @Test
  @DisplayName("refuse a remote target with a 400 naming the value and the rule, and stop pushing on DELETE")
  void targets() {
    Receiver receiver = closed(Receiver.answering(200));
    Emulator emulator = closed(EmulatorFixtures.start(EmulatorFixtures.config().pushUrl(receiver.url()).build()));
    WireClient client = new WireClient(emulator);
    assertThat(text(pushes(client), "target")).isEqualTo(receiver.url());

    WireClient.Answer remote = client.admin("POST", "push", "{\"url\":\"http://203.0.113.5/reports\"}");
    assertThat(remote.status()).isEqualTo(400);
    assertThat(text(remote.json(), "message"))
        .isEqualTo("url: 'http://203.0.113.5/reports' violates: " + PushTarget.LOOPBACK_RULE);
    assertThat(client.admin("POST", "push", "{}").status()).isEqualTo(400);
    assertThat(text(pushes(client), "target")).isEqualTo(receiver.url());

    WireClient.Answer stopped = client.admin("DELETE", "push", null);
    assertThat(stopped.status()).isEqualTo(200);
    assertThat(at(stopped.json(), "target")).isInstanceOf(JsonValue.NullValue.class);
    assertThat(emulator.pushes().submit("b", List.of(Reports.full("v-1")))).isEqualTo(Submission.NO_TARGET);
    assertThat(client.admin("GET", "push", null).status()).isEqualTo(405);
    assertThat(client.admin("POST", "pushes", "{}").status()).isEqualTo(405);
    assertThat(client.admin("GET", "pushes", null, "guess").status()).isEqualTo(401);
  }

  @Test
  @DisplayName("refuse a remote push URL in the configuration unless remote pushes are allowed")
  void remoteInConfiguration() {
    assertThatThrownBy(() -> EmulatorFixtures.config().pushUrl("http://push.example.com/r").build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("pushUrl")
        .hasMessageContaining("http://push.example.com/r").hasMessageContaining(PushTarget.LOOPBACK_RULE);

    EmulatorConfig allowed = EmulatorFixtures.config().pushUrl("http://push.example.com/r").allowRemotePush(true).build();

    assertThat(allowed.pushTarget().map(PushTarget::toString)).contains("http://push.example.com/r");
    assertThat(allowed.toBuilder().build().pushTarget()).isEqualTo(allowed.pushTarget());
  }

  @Test
  @DisplayName("keep a push URL's query through toBuilder(), though it is shown as ?…")
  void queryKeptByToBuilder() {
    EmulatorConfig withToken = EmulatorFixtures.config().pushUrl("http://127.0.0.1:9000/r?token=abc").build();

    assertThat(withToken.toBuilder().build().pushTarget().map(target -> target.uri().toString()))
        .contains("http://127.0.0.1:9000/r?token=abc");
  }

  @Test
  @DisplayName("answer platform and admin requests while a delivery waits for a slow receiver")
  void deliveriesNeverBlockRequests() {
    Receiver slow = closed(Receiver.holding());
    Emulator emulator = closed(EmulatorFixtures.start(EmulatorFixtures.config().pushUrl(slow.url()).build()));
    WireClient client = new WireClient(emulator);

    emulator.pushes().submit("slow", List.of(Reports.full("v-1")));
    slow.awaitBodies(1);

    assertThat(client.post("/voice/group/call/query", QUERY).status()).isEqualTo(200);
    assertThat(client.admin("POST", "advance", "{\"seconds\":1800}").status()).isEqualTo(200);
    JsonValue shown = pushes(client);
    assertThat(text(shown, "batches[0].state")).isEqualTo("queued");
    assertThat(((JsonValue.ArrayValue) at(shown, "batches[0].attempts")).elements()).isEmpty();
    slow.release();
    awaitAttempts(client, 1, "delivered");
  }

  @Test
  @DisplayName("keep serving when a receiver resets the connection, and forget the pushes on /admin/reset")
  void survivesAResettingReceiver() throws Exception {
    ServerSocket resetting = closed(new ServerSocket(0, 8, InetAddress.getLoopbackAddress()));
    Thread acceptor = new Thread(() -> {
      while (!resetting.isClosed()) {
        try (Socket socket = resetting.accept()) {
          socket.getInputStream().read(new byte[64]);
          socket.setSoLinger(true, 0);
        } catch (IOException e) {
          return;
        }
      }
    });
    acceptor.setDaemon(true);
    acceptor.start();
    Emulator emulator = closed(EmulatorFixtures.start(EmulatorFixtures.config().build()));
    WireClient client = new WireClient(emulator);
    client.admin("POST", "push", "{\"url\":\"http://127.0.0.1:" + resetting.getLocalPort() + "/reports\"}");

    emulator.pushes().submit("reset", List.of(Reports.full("v-1")));
    awaitAttempts(client, 1, "retrying");

    assertThat(text(pushes(client), "batches[0].attempts[0].error")).startsWith("connection failed: ");
    assertThat(client.send(java.net.http.HttpRequest.newBuilder(emulator.baseUrl().resolve("/health")).build()).status())
        .isEqualTo(200);
    assertThat(client.post("/voice/group/call/query", QUERY).status()).isEqualTo(200);
    assertThat(client.admin("POST", "reset", "{}").status()).isEqualTo(200);
    assertThat(((JsonValue.ArrayValue) at(pushes(client), "batches")).elements()).isEmpty();
  }
}
