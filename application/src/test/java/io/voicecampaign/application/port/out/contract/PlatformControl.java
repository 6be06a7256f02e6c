package io.voicecampaign.application.port.out.contract;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * What a contract suite needs to steer the platform behind the port under test: its time, its
 * limits and the faults of its creates. The in-memory simulator implements it directly; an emulator served over HTTP implements it
 * through its admin endpoint.
 */
public interface PlatformControl {

  /** The platform's current instant. */
  Instant now();

  /** The zone in which the platform reads daily call windows. */
  ZoneId zone();

  /** The platform's time as a {@link Clock}, for use cases run against it. */
  default Clock clock() {
    PlatformControl control = this;
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return control.zone();
      }

      @Override
      public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the platform's clock has its own zone");
      }

      @Override
      public Instant instant() {
        return control.now();
      }
    };
  }

  /** Moves the platform's time forward by {@code duration}; everything due by then has happened on return. */
  void advance(Duration duration);

  /** Launches are refused with -37 while {@code limit} tasks have not ended. */
  void setConcurrentTaskLimit(int limit);

  /** A task is listed only {@code delay} of platform time after its creation. */
  void setListingDelay(Duration delay);

  /** The next create stores its task, then its answer is lost: the connection ends without one. */
  void loseNextCreateAnswer();

  /** The next create is answered as unavailable (HTTP 503 or -18) and stores nothing. */
  void failNextCreateUnavailable();
}
