package io.voicecampaign.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.adapter.http.config.HttpConfig;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.application.testing.VirtualClock;
import io.voicecampaign.domain.recall.RecallCancellation;
import io.voicecampaign.domain.recall.RecallFlowId;
import io.voicecampaign.domain.recall.RecallFlowQuery;
import io.voicecampaign.domain.recall.RecallPlan;
import io.voicecampaign.domain.recall.RecallType;
import io.voicecampaign.domain.shared.TimeRange;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.domain.task.TaskQuery;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Secrets stay out of logs, failures and strings; logs show bounded, masked bodies")
class SecretsAndLoggingTest {

  @StartStop
  final MockWebServer server = HttpFixtures.server();

  private final VirtualClock time = HttpFixtures.seedTime();
  private final java.util.List<String> lines = Collections.synchronizedList(new ArrayList<>());

  private HttpGateways gateways(int bodyBytes) {
    HttpConfig config = HttpFixtures.config(server, time).requestLog(lines::add).logBodyBytes(bodyBytes).build();
    return HttpVoiceCampaigns.gateways(config, time);
  }

  private void assertNoSecretIn(String text) {
    assertThat(text).doesNotContain(HttpFixtures.API_SECRET).doesNotContain(HttpFixtures.SEED_SIGN)
        .doesNotContain(HttpFixtures.API_KEY).doesNotContain("463200000007");
  }

  @Test
  @DisplayName("a logged create shows method, URL, headers with Sign and Api-Key redacted, and a masked body prefix")
  void createLog() {
    server.enqueue(HttpFixtures.json(HttpFixtures.SEED_CREATE_ANSWER));

    gateways(4096).groupCalls().launch(HttpFixtures.seedCampaign());

    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("--> POST http://").contains("/v3/voice/group/call/send/agent")
        .contains("Api-Key: <redacted>").contains("Sign: <redacted>").contains("Timestamp: 1630468800")
        .contains("Content-Type: application/json;charset=UTF-8").contains("body(" + HttpFixtures.SEED_CREATE_BODY.length() + " bytes)")
        .contains("\"calleeNumber\":\"********0007\"").contains("\"taskName\":\"I want to test Agent API-16\"");
    assertThat(lines.get(1)).startsWith("<-- 200 OK (").contains("\"data\":123123");
    lines.forEach(this::assertNoSecretIn);
  }

  @Test
  @DisplayName("a 200,000-callee create logs only a bounded prefix with the body's length, create after create")
  void bigCreateLog() {
    server.enqueue(HttpFixtures.json(HttpFixtures.SEED_CREATE_ANSWER));
    server.enqueue(HttpFixtures.json(HttpFixtures.SEED_CREATE_ANSWER));

    gateways(512).groupCalls().launch(HttpFixtures.campaign("big-one", 200_000));
    gateways(512).groupCalls().launch(HttpFixtures.campaign("big-two", 200_000));

    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).hasSizeLessThan(1_200).contains("bytes)").contains("\"calleeNumber\":\"********0000\"").endsWith("...");
    assertThat(lines.get(2)).hasSizeLessThan(1_200).contains("bytes)").contains("\"calleeNumber\":\"********0000\"").endsWith("...");
    assertThat(String.join("\n", lines)).doesNotContain("463200000000");
  }

  @Test
  @DisplayName("every endpoint, logged at its most verbose, never shows the secret, the key or the Sign")
  void everyEndpointVerbose() {
    HttpGateways gateways = gateways(HttpConfig.MAX_LOG_BODY_BYTES);
    TaskQuery query = TaskQuery.within(TimeRange.between(Instant.EPOCH, Instant.EPOCH.plusSeconds(1)), 10).withSearch("x");
    for (int i = 0; i < 7; i++) {
      server.enqueue(HttpFixtures.json(HttpFixtures.SEED_CANCEL_ANSWER.replace("null", i == 0 ? "1" : i == 1 ? "{\"records\":[]}" : "null")));
    }
    server.enqueue(HttpFixtures.json(HttpFixtures.SEED_RECALL_DETAIL_ANSWER));

    gateways.groupCalls().launch(HttpFixtures.seedCampaign());
    gateways.groupCalls().queryTasks(query);
    gateways.groupCalls().cancelTasks(List.of(TaskId.of(1)));
    gateways.recallFlows().queryFlows(RecallFlowQuery.within(query.createdWithin(), 10));
    gateways.recallFlows().editFlow(RecallFlowId.of(1), RecallPlan.builder().type(RecallType.ALL).intervalMinutes(1).attempts(1).agents(41).build().get());
    gateways.recallFlows().cancelFlow(new RecallCancellation.WholeFlow(RecallFlowId.of(1)));
    gateways.recallFlows().cancelFlow(new RecallCancellation.WholeFlow(RecallFlowId.of(2)));
    gateways.recallFlows().flowDetail(RecallFlowId.of(1));

    assertThat(lines).hasSize(16);
    assertThat(lines).anySatisfy(line -> assertThat(line).contains("{\"keyId\":1,\"recallType\":0"));
    lines.forEach(this::assertNoSecretIn);
  }

  @Test
  @DisplayName("an answer that echoes the credentials and numbers has them redacted from the failure and the log")
  void echoedSecrets() {
    server.enqueue(new MockResponse.Builder().code(200).body("<html>bad request: Api-Key=" + HttpFixtures.API_KEY + " secret="
        + HttpFixtures.API_SECRET + " Sign=" + HttpFixtures.SEED_SIGN + " callee 463200000007</html>").build());
    server.enqueue(HttpFixtures.json("{\"code\":-22,\"msg\":\"bad sign " + HttpFixtures.SEED_SIGN + " for " + HttpFixtures.API_KEY + "\"}"));
    HttpGateways gateways = gateways(4096);

    Either<GatewayFailure, ?> html = gateways.recallFlows().flowDetail(RecallFlowId.of(1));
    Either<GatewayFailure, ?> rejected = gateways.recallFlows().flowDetail(RecallFlowId.of(1));

    assertThat(html.getLeft()).isInstanceOf(GatewayFailure.MalformedResponse.class);
    assertNoSecretIn(html.getLeft().message());
    assertNoSecretIn(html.getLeft().toString());
    assertNoSecretIn(rejected.getLeft().message());
    assertThat(rejected.getLeft().message()).contains("bad sign <redacted>");
    lines.forEach(this::assertNoSecretIn);
  }

  @Test
  @DisplayName("a failing log sink does not fail the call")
  void failingSink() {
    server.enqueue(HttpFixtures.json(HttpFixtures.SEED_RECALL_DETAIL_ANSWER));
    HttpConfig config = HttpFixtures.config(server, time).requestLog(line -> {
      throw new IllegalStateException("disk full");
    }).build();

    assertThat(HttpVoiceCampaigns.gateways(config, time).recallFlows().flowDetail(RecallFlowId.of(1)).isRight()).isTrue();
  }

  @Test
  @DisplayName("logs to java.util.logging at the level asked for")
  void julLogging() {
    Logger logger = Logger.getLogger("voicecampaign-test-" + System.nanoTime());
    java.util.List<LogRecord> records = Collections.synchronizedList(new ArrayList<>());
    logger.setUseParentHandlers(false);
    logger.addHandler(new Handler() {
      @Override
      public void publish(LogRecord record) {
        records.add(record);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    });
    server.enqueue(HttpFixtures.json(HttpFixtures.SEED_RECALL_DETAIL_ANSWER));

    HttpVoiceCampaigns.gateways(HttpFixtures.config(server, time).requestLog(logger, Level.INFO).build(), time)
        .recallFlows().flowDetail(RecallFlowId.of(1));

    assertThat(records).hasSize(2).allSatisfy(record -> assertThat(record.getLevel()).isEqualTo(Level.INFO));
    assertThat(records.get(0).getMessage()).contains("queryDetail").contains("Sign: <redacted>");
  }
}
