package io.voicecampaign.emulator.host;

import java.time.Clock;
import java.time.Instant;

/**
 * The platform clock's target: an anchor instant plus the wall time passed since, times the scale.
 * Re-anchored whenever the platform clock is moved by hand, so scaled time and manual advances add up
 * and the platform clock never goes back. Not thread-safe: {@link PlatformHost} guards it.
 */
final class PlatformTime {

  private final Clock wall;
  private final double scale;
  private long wallAnchorMillis;
  private Instant platformAnchor;

  PlatformTime(Clock wall, double scale, Instant platformStart) {
    this.wall = wall;
    this.scale = scale;
    anchor(platformStart);
  }

  /** From now on, the platform clock runs on from {@code platformNow}. */
  void anchor(Instant platformNow) {
    this.platformAnchor = platformNow;
    this.wallAnchorMillis = wall.millis();
  }

  /** Where the platform clock should stand now. */
  Instant target() {
    if (scale == 0) {
      return platformAnchor;
    }
    long elapsed = Math.max(0, wall.millis() - wallAnchorMillis);
    return platformAnchor.plusMillis((long) (elapsed * scale));
  }

  /** Platform seconds per wall second. */
  double scale() {
    return scale;
  }
}
