package io.voicecampaign.adapter.http.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.voicecampaign.domain.shared.InvalidValueException;
import io.voicecampaign.domain.shared.Violation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("RetryPolicy")
class RetryPolicyTest {

  @Test
  @DisplayName("draws each delay uniformly from zero to the exponential ceiling, capped at the largest delay")
  void fullJitterWithinCeiling() {
    RetryPolicy policy = RetryPolicy.builder().baseDelay(Duration.ofMillis(100)).maxDelay(Duration.ofMillis(1000)).seed(1).build();
    long[] ceilings = {100, 200, 400, 800, 1000, 1000};
    for (int retry = 1; retry <= ceilings.length; retry++) {
      long max = 0;
      long min = Long.MAX_VALUE;
      for (int i = 0; i < 2_000; i++) {
        long delay = policy.delayBefore(retry).toMillis();
        max = Math.max(max, delay);
        min = Math.min(min, delay);
      }
      assertThat(max).as("largest delay before retry %d", retry).isLessThanOrEqualTo(ceilings[retry - 1])
          .isGreaterThan(ceilings[retry - 1] * 9 / 10);
      assertThat(min).as("smallest delay before retry %d", retry).isLessThan(ceilings[retry - 1] / 10);
    }
  }

  @Test
  @DisplayName("repeats the same delays for the same seed")
  void seeded() {
    assertThat(delays(RetryPolicy.builder().seed(42).build())).isEqualTo(delays(RetryPolicy.builder().seed(42).build()));
  }

  @Test
  @DisplayName("does not overflow for late retries")
  void lateRetries() {
    RetryPolicy policy = RetryPolicy.builder().baseDelay(Duration.ofMinutes(59)).maxDelay(Duration.ofHours(1)).build();

    assertThat(policy.delayBefore(60)).isBetween(Duration.ZERO, Duration.ofHours(1));
  }

  @Test
  @DisplayName("names every broken rule at once")
  void everyProblem() {
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0).baseDelay(Duration.ofSeconds(2)).maxDelay(Duration.ofSeconds(1))
        .deadline(Duration.ZERO).random(null).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations().map(Violation::path)).containsExactly(
            "retryPolicy.maxAttempts", "retryPolicy.maxDelay", "retryPolicy.deadline", "retryPolicy.random"));
  }

  @Test
  @DisplayName("none() allows a single attempt")
  void none() {
    assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
    assertThat(RetryPolicy.defaults().maxAttempts()).isEqualTo(3);
  }

  private static List<Duration> delays(RetryPolicy policy) {
    List<Duration> delays = new ArrayList<>();
    for (int retry = 1; retry <= 5; retry++) {
      delays.add(policy.delayBefore(retry));
    }
    return delays;
  }
}
