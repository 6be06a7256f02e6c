package io.voicecampaign.emulator.host;

import io.voicecampaign.adapter.fake.clock.VirtualClock;
import io.voicecampaign.adapter.fake.platform.CallReportBatch;
import io.voicecampaign.adapter.fake.platform.PlatformOptions;
import io.voicecampaign.adapter.fake.platform.SimulatedPlatform;
import io.vavr.collection.Seq;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Holds the simulated platform the endpoints serve and moves its clock: before every use the platform
 * clock catches up with scaled wall time; {@link #advance} moves it on by hand; {@link #reset} replaces
 * the platform with an empty one. Thread-safe.
 */
public final class PlatformHost {

  private final PlatformOptions options;
  private final Clock wall;
  private final double scale;
  private long seed;
  private SimulatedPlatform platform;
  private PlatformTime time;

  /**
   * A host of a new, empty platform.
   *
   * @param seed    the seed of the calls' outcomes
   * @param start   where the platform clock starts
   * @param scale   platform seconds per wall second; 0 for a clock moved only by {@link #advance}
   * @param wall    the wall clock whose passing drives scaled time
   * @param options how the platform behaves
   */
  public PlatformHost(long seed, Instant start, double scale, Clock wall, PlatformOptions options) {
    this.options = Objects.requireNonNull(options, "options == null");
    this.wall = Objects.requireNonNull(wall, "wall == null");
    this.scale = scale;
    reset(seed, Objects.requireNonNull(start, "start == null"));
  }

  /** The platform, its clock caught up with scaled wall time. */
  public synchronized SimulatedPlatform platform() {
    platform.advanceTo(time.target());
    return platform;
  }

  /** The platform clock, caught up with scaled wall time. */
  public synchronized Instant now() {
    return platform().now();
  }

  /** Moves the platform clock on by {@code duration}, running what falls due; returns the new instant. */
  public synchronized Instant advance(Duration duration) {
    Objects.requireNonNull(duration, "duration == null");
    Instant now = platform().advance(duration);
    time.anchor(now);
    return now;
  }

  /** Moves the platform clock from event to event until nothing is scheduled; returns where it stopped. */
  public synchronized Instant advanceUntilIdle() {
    Instant now = platform().advanceUntilIdle();
    time.anchor(now);
    return now;
  }

  /** The call-report batches the platform released and nobody took yet, its clock caught up with scaled wall time. */
  public synchronized Seq<CallReportBatch> drainCallReports() {
    return platform().drainCallReports();
  }

  /** Replaces the platform with an empty one whose clock starts at {@code start}, with {@code seed}. */
  public synchronized void reset(long newSeed, Instant start) {
    Objects.requireNonNull(start, "start == null");
    Instant at = start.truncatedTo(ChronoUnit.SECONDS);
    this.seed = newSeed;
    this.platform = SimulatedPlatform.create(newSeed, VirtualClock.at(at), options);
    this.time = new PlatformTime(wall, scale, at);
  }

  /** The seed of the current platform. */
  public synchronized long seed() {
    return seed;
  }

  /** Platform seconds per wall second. */
  public double timeScale() {
    return scale;
  }

  /** How the platform behaves. */
  public PlatformOptions options() {
    return options;
  }

  @Override
  public synchronized String toString() {
    return "PlatformHost[" + platform + ", timeScale=" + scale + "]";
  }
}
