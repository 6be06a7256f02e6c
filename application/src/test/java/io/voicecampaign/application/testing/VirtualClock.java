package io.voicecampaign.application.testing;

import io.voicecampaign.application.port.out.Sleeper;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A clock that moves only when told to, with a {@link Sleeper} that moves it instead of waiting:
 * code that waits and polls runs in no real time. Thread-safe; copies made with {@link #withZone}
 * share the same time and the same record of pauses.
 */
public final class VirtualClock extends Clock {

  private final State state;
  private final ZoneId zone;

  private VirtualClock(State state, ZoneId zone) {
    this.state = state;
    this.zone = zone;
  }

  /** A clock standing at {@code start}, in UTC. */
  public static VirtualClock at(Instant start) {
    Objects.requireNonNull(start, "start == null");
    return new VirtualClock(new State(start), ZoneOffset.UTC);
  }

  /** A clock standing at {@code iso} (e.g. {@code "2026-04-01T03:00:00Z"}), in UTC. */
  public static VirtualClock at(String iso) {
    return at(Instant.parse(iso));
  }

  @Override
  public Instant instant() {
    return state.now();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new VirtualClock(state, Objects.requireNonNull(other, "zone == null"));
  }

  /** Moves the clock forward by {@code duration} (not negative). */
  public void advance(Duration duration) {
    Objects.requireNonNull(duration, "duration == null");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("a virtual clock moves forward only: " + duration);
    }
    state.advance(duration);
  }

  /** Sets the clock back by {@code duration} (not negative), as a wall clock corrected by NTP may be. */
  public void rewind(Duration duration) {
    Objects.requireNonNull(duration, "duration == null");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("rewinding takes a positive duration: " + duration);
    }
    state.advance(duration.negated());
  }

  /** A sleeper that records each pause and moves this clock forward by it. */
  public Sleeper sleeper() {
    return duration -> {
      state.record(duration);
      advance(duration);
    };
  }

  /** A sleeper that records each pause but leaves the clock where it is (a clock that is stuck). */
  public Sleeper stuckSleeper() {
    return state::record;
  }

  /** Every pause taken through this clock's sleepers, in order. */
  public Seq<Duration> sleeps() {
    return state.sleeps();
  }

  /** The sum of the pauses taken through this clock's sleepers. */
  public Duration slept() {
    return sleeps().foldLeft(Duration.ZERO, Duration::plus);
  }

  private static final class State {
    private Instant now;
    private List<Duration> sleeps = List.empty();

    State(Instant start) {
      this.now = start;
    }

    synchronized Instant now() {
      return now;
    }

    synchronized void advance(Duration duration) {
      now = now.plus(duration);
    }

    synchronized void record(Duration duration) {
      sleeps = sleeps.append(duration);
    }

    synchronized Seq<Duration> sleeps() {
      return sleeps;
    }
  }
}
