package io.voicecampaign.adapter.fake.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class VirtualClockTest {

  private static final Instant START = Instant.parse("2025-03-03T01:00:00Z");

  @Test
  @DisplayName("The clock stands still until it is advanced")
  void standsStill() {
    VirtualClock clock = VirtualClock.at(START);

    assertThat(clock.instant()).isEqualTo(START);
    assertThat(clock.millis()).isEqualTo(START.toEpochMilli());
    assertThat(clock.advance(Duration.ofMinutes(5))).isEqualTo(START.plusSeconds(300));
    assertThat(clock.instant()).isEqualTo(START.plusSeconds(300));
  }

  @Test
  @DisplayName("Time only moves forward: a negative advance is refused, an earlier target ignored")
  void onlyForward() {
    VirtualClock clock = VirtualClock.at(START);

    assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    assertThat(clock.advanceTo(START.minusSeconds(60))).isEqualTo(START);
    assertThat(clock.advanceTo(START.plusSeconds(60))).isEqualTo(START.plusSeconds(60));
  }

  @Test
  @DisplayName("A view in another zone shares the time source")
  void zoneViewsShareTime() {
    VirtualClock utc = VirtualClock.at(START);
    VirtualClock beijing = utc.withZone(ZoneOffset.ofHours(8));

    beijing.advance(Duration.ofHours(1));

    assertThat(utc.instant()).isEqualTo(START.plusSeconds(3600));
    assertThat(beijing.getZone()).isEqualTo(ZoneOffset.ofHours(8));
    assertThat(utc.withZone(ZoneOffset.UTC)).isSameAs(utc);
    assertThat(beijing).isNotEqualTo(utc).isEqualTo(utc.withZone(ZoneOffset.ofHours(8)));
    assertThat(VirtualClock.at(START)).isNotEqualTo(utc);
  }

  @Test
  @DisplayName("Advances from many threads all count")
  void concurrentAdvances() throws InterruptedException {
    VirtualClock clock = VirtualClock.at(START);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    for (int i = 0; i < 4_000; i++) {
      pool.execute(() -> clock.advance(Duration.ofMillis(1)));
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

    assertThat(clock.instant()).isEqualTo(START.plusMillis(4_000));
  }
}
