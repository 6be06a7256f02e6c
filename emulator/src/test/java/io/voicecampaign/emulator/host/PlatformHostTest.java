package io.voicecampaign.emulator.host;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.adapter.fake.platform.PlatformOptions;
import io.voicecampaign.application.testing.VirtualClock;
import io.voicecampaign.emulator.EmulatorFixtures;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The platform clock")
class PlatformHostTest {

  private static final Instant WALL_START = Instant.parse("2026-01-05T00:00:00Z");
  private static final Instant START = EmulatorFixtures.PLATFORM_START;

  @Test
  @DisplayName("runs scaled: at 60, ten wall seconds are ten platform minutes")
  void runsScaled() {
    VirtualClock wall = VirtualClock.at(WALL_START);
    PlatformHost host = new PlatformHost(1, START, 60, wall, PlatformOptions.defaults());

    wall.advance(Duration.ofSeconds(10));

    assertThat(host.platform().now()).isEqualTo(START.plus(Duration.ofMinutes(10)));
  }

  @Test
  @DisplayName("adds manual advances to scaled time and never goes back")
  void addsManualAdvances() {
    VirtualClock wall = VirtualClock.at(WALL_START);
    PlatformHost host = new PlatformHost(1, START, 60, wall, PlatformOptions.defaults());

    wall.advance(Duration.ofSeconds(1));
    Instant advanced = host.advance(Duration.ofHours(1));
    wall.advance(Duration.ofSeconds(2));
    Instant later = host.platform().now();
    wall.rewind(Duration.ofSeconds(30));

    assertThat(advanced).isEqualTo(START.plus(Duration.ofMinutes(61)));
    assertThat(later).isEqualTo(START.plus(Duration.ofMinutes(63)));
    assertThat(host.platform().now()).as("a wall clock set back does not turn platform time back").isEqualTo(later);
  }

  @Test
  @DisplayName("stands still at scale 0 until advanced")
  void standsStill() {
    VirtualClock wall = VirtualClock.at(WALL_START);
    PlatformHost host = new PlatformHost(1, START, 0, wall, PlatformOptions.defaults());

    wall.advance(Duration.ofHours(5));

    assertThat(host.platform().now()).isEqualTo(START);
    assertThat(host.advance(Duration.ofSeconds(30))).isEqualTo(START.plusSeconds(30));
  }

  @Test
  @DisplayName("restarts at the reset's start with an empty platform, truncated to the second")
  void reset() {
    PlatformHost host = new PlatformHost(1, START, 60, VirtualClock.at(WALL_START), PlatformOptions.defaults());
    host.advance(Duration.ofDays(3));

    host.reset(9, START.plusMillis(1500));

    assertThat(host.platform().now()).isEqualTo(START.plusSeconds(1));
    assertThat(host.seed()).isEqualTo(9);
    assertThat(host.platform().unfinishedTaskCount()).isZero();
  }
}
