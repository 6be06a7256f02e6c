package io.voicecampaign.adapter.http.task;

import io.voicecampaign.adapter.http.config.HttpConfig;
import io.voicecampaign.benchmarks.support.CalleeFixtures;
import io.voicecampaign.benchmarks.support.CalleeFixtures.RawCallees;
import io.voicecampaign.benchmarks.support.HandWrittenCreateJson;
import io.voicecampaign.domain.campaign.AgentCampaign;
import java.io.IOException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import okio.Buffer;
import okio.BufferedSink;
import okio.ForwardingSink;
import okio.Okio;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Case 2: the create request's body for N callees (number + two texts), written into a sink that
 * drops the bytes, through the HTTP adapter's own code ({@link CreateTaskBody}, as the gateway sends
 * it by default: sized, its {@code Content-Length} counted from the domain objects, then written
 * straight into the sink). Target at
 * 200,000 callees: at most 1.3x the hand-written writer's time, and at most 2x the body's size
 * allocated per operation.
 *
 * <ul>
 *   <li>{@link #sdkValidateMapSerialize()} starts from the strings a user holds: build and validate
 *       the campaign, then write its body. This is the figure the target is judged on.</li>
 *   <li>{@link #sdkMapSerialize()} writes the body of a campaign built beforehand: the adapter's
 *       share alone.</li>
 *   <li>{@link #baselineMoshiWriterLoop()} writes the same bytes with a Moshi {@code JsonWriter}
 *       loop over the user's strings, checking nothing ({@link HandWrittenCreateJson}).</li>
 * </ul>
 *
 * <p>This class sits in the adapter's package because {@link CreateTaskBody} is package-private;
 * the setup checks once, outside the measurement, that the SDK and the baseline write identical bytes.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class CreateBodyBenchmark {

  private static final String TASK_NAME = "benchmark-campaign";
  private static final ZoneId ZONE = HttpConfig.DEFAULT_PLATFORM_ZONE;

  /** How many callees the campaign holds. */
  @Param({"2000", "20000", "200000"})
  public int callees;

  private RawCallees input;
  private AgentCampaign prebuilt;

  /** Generates the input and checks that the SDK and the baseline write the same bytes. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    input = CalleeFixtures.raw(callees);
    prebuilt = CalleeFixtures.campaign(TASK_NAME, input);
    Buffer sdk = new Buffer();
    CreateTaskBody.sized(prebuilt, ZONE).writeTo(sdk);
    byte[] hand = HandWrittenCreateJson.bytes(TASK_NAME, input);
    if (!Arrays.equals(sdk.readByteArray(), hand)) {
      throw new IllegalStateException("the SDK and the hand-written loop write different bodies");
    }
  }

  /** Build and validate from the user's strings, then write the body the adapter sends. */
  @Benchmark
  public long sdkValidateMapSerialize() throws IOException {
    AgentCampaign campaign = CalleeFixtures.valid(CalleeFixtures.builder(TASK_NAME, input).build());
    return send(CreateTaskBody.sized(campaign, ZONE));
  }

  /** Write the body of a campaign built beforehand. */
  @Benchmark
  public long sdkMapSerialize() throws IOException {
    return send(CreateTaskBody.sized(prebuilt, ZONE));
  }

  /** The same bytes from a hand-written Moshi {@code JsonWriter} loop over the user's strings. */
  @Benchmark
  public long baselineMoshiWriterLoop() throws IOException {
    CountingSink counted = new CountingSink();
    try (BufferedSink sink = Okio.buffer(counted)) {
      HandWrittenCreateJson.write(TASK_NAME, input, sink);
    }
    return counted.bytes;
  }

  private static long send(CreateTaskBody body) throws IOException {
    CountingSink counted = new CountingSink();
    try (BufferedSink sink = Okio.buffer(counted)) {
      body.writeTo(sink);
    }
    return counted.bytes;
  }

  /** Drops what it is given, counting the bytes, as a socket would take them. */
  static final class CountingSink extends ForwardingSink {
    long bytes;

    CountingSink() {
      super(Okio.blackhole());
    }

    @Override
    public void write(Buffer source, long byteCount) throws IOException {
      bytes += byteCount;
      super.write(source, byteCount);
    }
  }
}
