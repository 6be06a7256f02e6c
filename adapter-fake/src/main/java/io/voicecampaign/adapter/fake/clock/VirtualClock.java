package io.voicecampaign.adapter.fake.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Clock} that stands still until it is advanced. Thread-safe: every view of the clock
 * (see {@link #withZone}) shares one time source, and advancing is atomic. Time only moves forward.
 *
 * <p>The simulated platform reads this clock; a test moves it with {@link #advance(Duration)} (or
 * through the platform, which also runs what fell due). Injected as the SDK's {@code Clock} and
 * {@code Sleeper}, it makes waits and backoffs take no real time: a sleep advances the clock.
 */
public final class VirtualClock extends Clock {

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private VirtualClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /** A clock standing at {@code start}, in UTC. */
  public static VirtualClock at(Instant start) {
    return at(start, ZoneOffset.UTC);
  }

  /** A clock standing at {@code start}, in {@code zone}. */
  public static VirtualClock at(Instant start, ZoneId zone) {
    Objects.requireNonNull(start, "start == null");
    Objects.requireNonNull(zone, "zone == null");
    return new VirtualClock(new AtomicReference<>(start), zone);
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public long millis() {
    return now.get().toEpochMilli();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** A view of the same time source in another zone; advancing either advances both. */
  @Override
  public VirtualClock withZone(ZoneId other) {
    Objects.requireNonNull(other, "zone == null");
    return other.equals(zone) ? this : new VirtualClock(now, other);
  }

  /**
   * Moves the clock forward by {@code duration}.
   *
   * @return the new instant
   * @throws IllegalArgumentException when the duration is negative
   */
  public Instant advance(Duration duration) {
    Objects.requireNonNull(duration, "duration == null");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("a virtual clock only moves forward: " + duration);
    }
    return now.updateAndGet(current -> current.plus(duration));
  }

  /**
   * Moves the clock forward to {@code target}; nothing happens when it already stands there or later
   * (another thread may have moved it on).
   *
   * @return the instant the clock stands at afterwards
   */
  public Instant advanceTo(Instant target) {
    Objects.requireNonNull(target, "target == null");
    return now.updateAndGet(current -> target.isAfter(current) ? target : current);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof VirtualClock clock && clock.now == now && clock.zone.equals(zone);
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(now) * 31 + zone.hashCode();
  }

  @Override
  public String toString() {
    return "VirtualClock[" + now.get() + "," + zone + "]";
  }
}
