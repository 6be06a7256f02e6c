package io.voicecampaign.examples;

import io.voicecampaign.adapter.fake.FakeVoiceCampaigns;
import io.voicecampaign.adapter.fake.clock.VirtualClock;
import io.voicecampaign.adapter.fake.platform.PlatformOptions;
import io.voicecampaign.application.VoiceCampaigns;
import io.voicecampaign.domain.report.CallReport;
import io.vavr.collection.Seq;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/** The tour on the in-memory simulator: virtual time, a fixed seed, no set-up, no network. */
final class SimulatedTourPlatform implements TourPlatform {

  /** 2025-03-03 09:00 on the platform (UTC+8), a Monday morning. */
  static final Instant START = Instant.parse("2025-03-03T01:00:00Z");
  static final long SEED = 42;

  private final FakeVoiceCampaigns fake;

  private SimulatedTourPlatform(FakeVoiceCampaigns fake) {
    this.fake = fake;
  }

  static SimulatedTourPlatform start() {
    return new SimulatedTourPlatform(FakeVoiceCampaigns.create(SEED, VirtualClock.at(START), PlatformOptions.defaults()));
  }

  @Override
  public String description() {
    return "the in-memory simulator (seed " + SEED + ", virtual time from " + START.atZone(PlatformOptions.DEFAULT_ZONE)
        .toLocalDateTime() + " at UTC+8)";
  }

  @Override
  public VoiceCampaigns campaigns() {
    return fake;
  }

  @Override
  public Instant now() {
    return fake.platform().now();
  }

  @Override
  public void letTimePass(Duration duration) {
    fake.platform().advance(duration);
  }

  /** The simulator's own subscription: each batch as virtual time releases it, on the thread that moves the clock. */
  @Override
  public void onCallReports(Consumer<Seq<CallReport>> inbox) {
    fake.platform().onCallReports(batch -> inbox.accept(batch.reports()));
  }

  @Override
  public void close() {
    // nothing held: no thread, no connection
  }
}
