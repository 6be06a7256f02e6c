package io.voicecampaign.emulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.domain.shared.PlatformCode;
import io.voicecampaign.emulator.Emulator;
import io.voicecampaign.emulator.EmulatorFixtures;
import io.voicecampaign.emulator.MaxCreateBody;
import io.voicecampaign.emulator.WireClient;
import io.voicecampaign.emulator.json.JsonValue;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Several documented-maximum creates (200,000 callees with ten 30-character texts, about 90 MB each)
 * sent at once to an emulator in a 256 MiB JVM, each body produced as it is sent. The texts repeat
 * across callees as template values do (1,000 values per position); with every text distinct one
 * campaign alone keeps about 176 MB, so a 256 MiB heap holds one of them, not four.
 */
@Tag("small-heap")
@DisplayName("Documented-maximum creates sent at once under a 256 MiB heap")
class MaxCreatesAtOnceTest {

  private static final int AT_ONCE = 4;
  private static final int CONCURRENT_TASKS = 2;
  private static final String CREATE = "/voice/group/call/send/agent";
  private static final String TASKS = "{\"current\":1,\"size\":10,\"params\":{\"strTime\":\"2025-03-01 00:00:00\","
      + "\"endTime\":\"2025-03-31 23:59:59\",\"taskType\":3,\"statusList\":[]}}";

  @Test
  @DisplayName("are each accepted or refused by the concurrent-task limit, and the emulator answers after them")
  void acceptedOrRefusedByTheLimit() throws Exception {
    try (Emulator emulator = EmulatorFixtures.start(EmulatorFixtures.config().threads(AT_ONCE).build())) {
      WireClient client = new WireClient(emulator);
      assertThat(client.admin("POST", "limit", "{\"concurrentTasks\":" + CONCURRENT_TASKS + "}").status()).isEqualTo(200);
      ExecutorService senders = Executors.newFixedThreadPool(AT_ONCE);
      List<Future<WireClient.Answer>> sent = new ArrayList<>();
      try {
        for (int i = 0; i < AT_ONCE; i++) {
          String name = "max-" + i;
          sent.add(senders.submit(() -> client.post(CREATE,
              HttpRequest.BodyPublishers.ofInputStream(() -> new MaxCreateBody(name, 1000)),
              client.signedAt(Instant.now().getEpochSecond()))));
        }
        List<String> codes = new ArrayList<>();
        for (Future<WireClient.Answer> answer : sent) {
          WireClient.Answer done = answer.get(120, TimeUnit.SECONDS);
          assertThat(done.status()).as(done.body()).isEqualTo(200);
          codes.add(((JsonValue.StringValue) done.at("status")).value());
        }

        assertThat(codes).as("the codes of the %d creates", AT_ONCE)
            .containsOnly("0", Integer.toString(PlatformCode.CONCURRENT_TASK_LIMIT.code()));
        assertThat(codes).filteredOn("0"::equals).hasSize(CONCURRENT_TASKS);
      } finally {
        senders.shutdownNow();
      }
      WireClient.Answer tasks = client.post("/voice/group/call/query", TASKS);
      WireClient.assertCode(tasks, "code", 0, false);
      assertThat(((JsonValue.ArrayValue) tasks.at("data.records")).elements()).hasSize(CONCURRENT_TASKS);
    }
  }
}
