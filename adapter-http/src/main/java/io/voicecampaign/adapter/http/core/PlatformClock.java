package io.voicecampaign.adapter.http.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The platform's idea of the current time: this machine's clock plus an offset learned from the
 * platform's {@code Date} header when it refuses a timestamp (-16). Thread-safe.
 */
final class PlatformClock {

  private final Clock clock;
  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

  PlatformClock(Clock clock) {
    this.clock = clock;
  }

  /** Now, as the platform sees it. */
  Instant now() {
    return clock.instant().plus(offset.get());
  }

  /** Learns the offset from the platform's time {@code serverTime}, seen now; returns it. */
  Duration learnFrom(Instant serverTime) {
    Duration learned = Duration.between(clock.instant(), serverTime);
    offset.set(learned);
    return learned;
  }

  /** The offset in use. */
  Duration offset() {
    return offset.get();
  }
}
