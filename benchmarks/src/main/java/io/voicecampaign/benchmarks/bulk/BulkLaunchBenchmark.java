package io.voicecampaign.benchmarks.bulk;

import io.voicecampaign.adapter.fake.FakeVoiceCampaigns;
import io.voicecampaign.adapter.fake.clock.VirtualClock;
import io.voicecampaign.adapter.http.HttpVoiceCampaigns;
import io.voicecampaign.adapter.http.config.HttpConfig;
import io.voicecampaign.application.VoiceCampaigns;
import io.voicecampaign.application.port.in.task.BulkLaunchCommand;
import io.voicecampaign.application.port.in.task.BulkLaunchReport;
import io.voicecampaign.application.port.in.task.CalleeEntry;
import io.voicecampaign.application.port.in.task.LaunchCampaignCommand;
import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.shared.Violation;
import io.voicecampaign.emulator.Emulator;
import io.voicecampaign.emulator.EmulatorConfig;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Case 6: 1,000,000 callees launched as five tasks of 200,000, on the simulator and over loopback
 * against the emulator, in a 512 MiB heap. The callees are made as they are read, so the list is
 * never held whole; the SDK's bulk launch reads them twice (checks them all, then launches the parts).
 *
 * <p>The baseline is what a user would hand-write: split the same source into five builders of
 * 200,000, name them, and launch each through {@code launchCampaign()}. It checks each part on its
 * own, so it would not find a number repeated in two parts; the ratio says what checking the whole
 * list first, and keeping the parts resumable, costs over that.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class BulkLaunchBenchmark {

  static final int CALLEES = 1_000_000;
  static final int PART = 200_000;
  private static final Instant START = Instant.parse("2026-03-02T01:00:00Z");

  private FakeVoiceCampaigns fake;
  private Emulator emulator;
  private HttpVoiceCampaigns http;
  private int shot;

  /** The callees, made as they are read. */
  static Iterable<CalleeEntry> callees() {
    return () -> IntStream.range(0, CALLEES)
        .mapToObj(i -> CalleeEntry.of(String.format("46%010d", i), "Customer")).iterator();
  }

  private static void settings(AgentCampaign.Builder builder) {
    builder.appId("Jgd8oFei").agentId(41);
  }

  /** Starts the emulator once; its platform clock stands still. */
  @Setup(Level.Trial)
  public void startEmulator() throws IOException {
    emulator = Emulator.start(EmulatorConfig.builder().port(0).timeScale(0).start(START).build());
    http = HttpVoiceCampaigns.create(HttpConfig.builder().baseUrl(emulator.baseUrl().toString())
        .apiKey(emulator.config().apiKey()).apiSecret(emulator.config().apiSecret())
        .appId(emulator.config().appId().value()).build(), Clock.systemUTC());
  }

  /** An empty simulator and an empty emulator for every shot, so the limits and names start afresh. */
  @Setup(Level.Iteration)
  public void emptyPlatforms() {
    fake = FakeVoiceCampaigns.create(42L, VirtualClock.at(START));
    emulator.reset(START);
    shot++;
  }

  @TearDown(Level.Trial)
  public void stopEmulator() {
    http.close();
    emulator.close();
  }

  /** The SDK's bulk launch on the simulator. */
  @Benchmark
  public BulkLaunchReport sdkBulkOnSimulator() {
    return complete(fake.bulkLaunch().launch(BulkLaunchCommand.of("bulk-" + shot, BulkLaunchBenchmark::settings, callees()))
        .getOrElseThrow(failure -> new IllegalStateException(failure.message())));
  }

  /** The hand-written split-and-launch loop on the simulator. */
  @Benchmark
  public int handWrittenOnSimulator() {
    return handWritten(fake, "hand-" + shot);
  }

  /** The SDK's bulk launch over loopback against the emulator. */
  @Benchmark
  public BulkLaunchReport sdkBulkOverLoopback() {
    return complete(http.bulkLaunch().launch(BulkLaunchCommand.of("bulk-" + shot, BulkLaunchBenchmark::settings, callees()))
        .getOrElseThrow(failure -> new IllegalStateException(failure.message())));
  }

  /** The hand-written split-and-launch loop over loopback against the emulator. */
  @Benchmark
  public int handWrittenOverLoopback() {
    return handWritten(http, "hand-" + shot);
  }

  private static int handWritten(VoiceCampaigns sdk, String name) {
    Iterator<CalleeEntry> source = callees().iterator();
    int parts = 0;
    while (source.hasNext()) {
      AgentCampaign.Builder builder = AgentCampaign.builder().taskName(name + "-" + (parts + 1)).expectCallees(PART);
      settings(builder);
      for (int i = 0; i < PART && source.hasNext(); i++) {
        CalleeEntry entry = source.next();
        builder.addCallee(entry.number(), entry.texts().toArray(String[]::new));
      }
      Validation<Seq<Violation>, AgentCampaign> built = builder.build();
      if (built.isInvalid()) {
        throw new IllegalStateException(built.getError().mkString("; "));
      }
      AgentCampaign part = built.get();
      sdk.launchCampaign().launch(new LaunchCampaignCommand(part)).getOrElseThrow(failure -> new IllegalStateException(failure.message()));
      parts++;
    }
    return parts;
  }

  private static BulkLaunchReport complete(BulkLaunchReport report) {
    if (!report.complete() || report.parts().size() != CALLEES / PART) {
      throw new IllegalStateException("not every part launched: " + report);
    }
    return report;
  }
}
