package io.voicecampaign.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.adapter.http.config.HttpConfig;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.application.testing.VirtualClock;
import io.voicecampaign.domain.recall.RecallFlowId;
import io.voicecampaign.domain.task.TaskId;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A refused timestamp (-16) is corrected from the platform's Date header and re-signed once")
class ClockSkewTest {

  @StartStop
  final MockWebServer server = HttpFixtures.server();

  private final VirtualClock time = HttpFixtures.seedTime();
  private final Instant serverNow = HttpFixtures.SEED_INSTANT.plus(Duration.ofMinutes(10));
  private HttpConfig config;

  @BeforeEach
  void setUp() {
    config = HttpFixtures.config(server, time).build();
  }

  private MockResponse expired(Instant serverTime) {
    return new MockResponse.Builder()
        .addHeader("Date", DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.US).format(serverTime.atOffset(ZoneOffset.UTC)))
        .body("{\"code\":-16,\"msg\":\"Timestamp expired\",\"data\":null}")
        .build();
  }

  @Test
  @DisplayName("a platform 10 minutes ahead: one refused call, one corrected retry, later calls signed right away")
  void tenMinutesAhead() throws InterruptedException {
    HttpGateways gateways = HttpVoiceCampaigns.gateways(config, time);
    server.enqueue(expired(serverNow));
    server.enqueue(HttpFixtures.json(HttpFixtures.SEED_RECALL_DETAIL_ANSWER));
    server.enqueue(HttpFixtures.json(HttpFixtures.SEED_CREATE_ANSWER));

    assertThat(gateways.recallFlows().flowDetail(RecallFlowId.of(1)).isRight()).isTrue();
    assertThat(gateways.groupCalls().launch(HttpFixtures.seedCampaign())).isEqualTo(Either.right(TaskId.of(123123)));

    RecordedRequest refused = server.takeRequest();
    RecordedRequest corrected = server.takeRequest();
    RecordedRequest later = server.takeRequest();
    assertThat(refused.getHeaders().get("Timestamp")).isEqualTo("1630468800");
    assertThat(corrected.getHeaders().get("Timestamp")).isEqualTo(Long.toString(serverNow.getEpochSecond()));
    assertThat(corrected.getHeaders().get("Sign")).isEqualTo(config.signature(serverNow.getEpochSecond()));
    assertThat(later.getHeaders().get("Timestamp")).isEqualTo(Long.toString(serverNow.getEpochSecond()));
    assertThat(time.sleeps()).as("the corrected retry does not wait").isEmpty();
  }

  @Test
  @DisplayName("a create refused for its timestamp is re-sent once: the platform did not act on it")
  void createIsResent() throws InterruptedException {
    server.enqueue(expired(serverNow));
    server.enqueue(HttpFixtures.json(HttpFixtures.SEED_CREATE_ANSWER));

    assertThat(HttpVoiceCampaigns.gateways(config, time).groupCalls().launch(HttpFixtures.seedCampaign()))
        .isEqualTo(Either.right(TaskId.of(123123)));
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v3/voice/group/call/send/agent");
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v3/voice/group/call/send/agent");
  }

  @Test
  @DisplayName("still refused after the correction: ClockSkew naming the offset, after exactly two calls")
  void stillRefused() {
    server.enqueue(expired(serverNow));
    server.enqueue(expired(serverNow.plusSeconds(3600)));

    Either<GatewayFailure, ?> result = HttpVoiceCampaigns.gateways(config, time).recallFlows().flowDetail(RecallFlowId.of(1));

    assertThat(result.getLeft()).isInstanceOfSatisfying(GatewayFailure.ClockSkew.class,
        failure -> assertThat(failure.detail()).contains("TIMESTAMP_EXPIRED(-16)").contains("600 s"));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  @DisplayName("without a Date header the call is still re-signed once with a fresh timestamp")
  void noDateHeader() {
    server.enqueue(HttpFixtures.code(-16, "Timestamp expired"));
    server.enqueue(HttpFixtures.code(-16, "Timestamp expired"));

    assertThat(HttpVoiceCampaigns.gateways(config, time).recallFlows().flowDetail(RecallFlowId.of(1)).getLeft())
        .isInstanceOf(GatewayFailure.ClockSkew.class);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }
}
