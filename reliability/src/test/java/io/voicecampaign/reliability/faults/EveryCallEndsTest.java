package io.voicecampaign.reliability.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.adapter.http.HttpGateways;
import io.voicecampaign.adapter.http.HttpVoiceCampaigns;
import io.voicecampaign.adapter.http.config.HttpConfig;
import io.voicecampaign.adapter.http.config.RetryPolicy;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.reliability.support.ReliabilityFixtures;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Every call ends by its deadline, whatever the server does: a trickled body, endless headers, a flood of 102")
class EveryCallEndsTest {

  private static final Duration SLACK = Duration.ofMillis(1500);

  /**
   * Timeouts no single byte would trip: each read waits up to 5 s, far longer than the 100 ms between
   * the server's bytes, so only a deadline over the whole call can end it.
   */
  private static HttpConfig.Builder patient(String baseUrl) {
    return ReliabilityFixtures.config(baseUrl)
        .readTimeout(Duration.ofSeconds(5))
        .createReadTimeout(Duration.ofSeconds(5))
        .callTimeout(Duration.ofSeconds(20))
        .createCallTimeout(Duration.ofSeconds(2))
        .retryPolicy(RetryPolicy.builder().maxAttempts(3).baseDelay(Duration.ZERO).maxDelay(Duration.ZERO)
            .deadline(Duration.ofSeconds(2)).seed(1).build());
  }

  private static <T> Duration timed(HostileServer server, Function<HttpGateways, Either<GatewayFailure, T>> call,
      Function<String, HttpConfig.Builder> config) {
    try (HttpGateways gateways = HttpVoiceCampaigns.gateways(config.apply(server.baseUrl()).build(), Clock.systemUTC())) {
      long start = System.nanoTime();
      Either<GatewayFailure, T> result = call.apply(gateways);
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertThat(result.isLeft()).as("a hostile answer is a failure").isTrue();
      assertThat(result.getLeft()).isInstanceOfAny(GatewayFailure.TimedOut.class, GatewayFailure.Unavailable.class);
      return took;
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(HostileServer.Behaviour.class)
  @DisplayName("a create ends by its 2 s whole-call deadline")
  void createEnds(HostileServer.Behaviour behaviour) throws Exception {
    try (HostileServer server = new HostileServer(behaviour)) {
      Duration took = timed(server, g -> g.groupCalls().launch(ReliabilityFixtures.campaign("hostile-create")), EveryCallEndsTest::patient);

      assertThat(took).isLessThan(Duration.ofSeconds(2).plus(SLACK));
      assertThat(server.requests()).as("a create is never re-sent blindly").isEqualTo(1);
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(HostileServer.Behaviour.class)
  @DisplayName("a read ends by its 2 s retry deadline, the attempt in flight included")
  void readEnds(HostileServer.Behaviour behaviour) throws Exception {
    try (HostileServer server = new HostileServer(behaviour)) {
      Duration took = timed(server, g -> g.groupCalls().queryTasks(ReliabilityFixtures.taskQuery()), EveryCallEndsTest::patient);

      assertThat(took).isLessThan(Duration.ofSeconds(2).plus(SLACK));
    }
  }

  @Test
  @DisplayName("the defaults are finite: reads end by 30 s, creates by 5 minutes, no timeout is 'none'")
  void finiteDefaults() {
    HttpConfig defaults = HttpConfig.builder().apiKey("k").apiSecret("s").baseUrl("https://api.laaffic.com/").build();

    assertThat(defaults.retryPolicy().deadline()).isEqualTo(Duration.ofSeconds(30));
    assertThat(defaults.callTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(defaults.createCallTimeout()).isEqualTo(Duration.ofMinutes(5));
    assertThat(HttpConfig.builder().apiKey("k").apiSecret("s").baseUrl("https://api.laaffic.com/")
        .createCallTimeout(Duration.ZERO).validate().isInvalid()).isTrue();
  }
}
