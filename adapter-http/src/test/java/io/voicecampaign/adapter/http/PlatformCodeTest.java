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
import io.voicecampaign.domain.shared.PlatformCode;
import io.voicecampaign.domain.shared.TimeRange;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.domain.task.TaskQuery;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.QueueDispatcher;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Every documented platform code maps to its failure, on every endpoint and in every envelope")
class PlatformCodeTest {

  @StartStop
  final MockWebServer server = HttpFixtures.server();

  private final VirtualClock time = HttpFixtures.seedTime();
  private HttpGateways gateways;

  @BeforeEach
  void setUp() {
    HttpConfig config = HttpFixtures.config(server, time).build();
    gateways = HttpVoiceCampaigns.gateways(config, time);
  }

  /** One call per endpoint, the create first. */
  private java.util.List<Supplier<Either<GatewayFailure, ?>>> endpoints() {
    TaskQuery query = TaskQuery.within(TimeRange.between(Instant.EPOCH, Instant.EPOCH.plusSeconds(60)), 10);
    return java.util.List.of(
        () -> gateways.groupCalls().launch(HttpFixtures.seedCampaign()),
        () -> gateways.groupCalls().queryTasks(query),
        () -> gateways.groupCalls().cancelTasks(List.of(TaskId.of(1))),
        () -> gateways.recallFlows().queryFlows(RecallFlowQuery.within(query.createdWithin(), 10)),
        () -> gateways.recallFlows().flowDetail(RecallFlowId.of(1)),
        () -> gateways.recallFlows().editFlow(RecallFlowId.of(1), RecallPlan.builder()
            .type(RecallType.ALL).intervalMinutes(30).attempts(1).agents(41).build().get()),
        () -> gateways.recallFlows().cancelFlow(new RecallCancellation.WholeFlow(RecallFlowId.of(1))));
  }

  static Stream<Arguments> refusals() {
    return PlatformCode.documented()
        .filter(code -> !List.of(0, -1, -2, -16, -18).contains(code.code()))
        .toJavaStream()
        .flatMap(code -> Stream.of(
            Arguments.of(code, "{\"code\":" + code.code() + ",\"msg\":\"why\",\"data\":null}"),
            Arguments.of(code, "{\"code\":\"" + code.code() + "\",\"msg\":\"why\",\"data\":null}"),
            Arguments.of(code, "{\"status\":" + code.code() + ",\"reason\":\"why\",\"data\":null}"),
            Arguments.of(code, "{\"status\":\"" + code.code() + "\",\"reason\":\"why\"}")));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("refusals")
  @DisplayName("business codes are Rejected with the code and message, never retried")
  void rejected(PlatformCode code, String answer) {
    for (Supplier<Either<GatewayFailure, ?>> endpoint : endpoints()) {
      server.enqueue(HttpFixtures.json(answer));
      assertThat(endpoint.get().getLeft()).isEqualTo(new GatewayFailure.Rejected(code, "why"));
    }
    assertThat(server.getRequestCount()).isEqualTo(endpoints().size());
  }

  @Test
  @DisplayName("-1 is Unauthorized and -2 IpNotAllowed, on every endpoint, not retried")
  void credentialsAndIp() {
    for (Supplier<Either<GatewayFailure, ?>> endpoint : endpoints()) {
      server.enqueue(HttpFixtures.code(-1, "Authentication error"));
      server.enqueue(new MockResponse.Builder().body("{\"status\":\"-2\",\"reason\":\"Restricted IP access\"}").build());
      assertThat(endpoint.get().getLeft()).isInstanceOfSatisfying(GatewayFailure.Unauthorized.class,
          failure -> assertThat(failure.detail()).contains("AUTHENTICATION_ERROR(-1)").contains("Authentication error"));
      assertThat(endpoint.get().getLeft()).isInstanceOf(GatewayFailure.IpNotAllowed.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(2 * endpoints().size());
  }

  @Test
  @DisplayName("-18 is Unavailable: reads and edits are retried, cancels are not (the create's lookup is tested apart)")
  void systemException() {
    java.util.List<Supplier<Either<GatewayFailure, ?>>> endpoints = endpoints();
    int[] expectedAttempts = {-1, 3, 1, 3, 3, 3, 1};
    for (int i = 1; i < endpoints.size(); i++) {
      int before = server.getRequestCount();
      for (int a = 0; a < 3; a++) {
        server.enqueue(HttpFixtures.code(-18, "System exception"));
      }
      assertThat(endpoints.get(i).get().getLeft()).isInstanceOfSatisfying(GatewayFailure.Unavailable.class,
          failure -> assertThat(failure.reason()).contains("SYSTEM_EXCEPTION(-18)"));
      assertThat(server.getRequestCount() - before).as("attempts of endpoint %d", i).isEqualTo(expectedAttempts[i]);
      drain();
    }
  }

  private void drain() {
    // a call that was not retried leaves answers queued: start the next endpoint with an empty queue
    server.setDispatcher(new QueueDispatcher());
  }
}
