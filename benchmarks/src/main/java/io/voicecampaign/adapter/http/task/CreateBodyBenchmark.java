package io.voicecampaign.adapter.http.task;

import com.dslplatform.json.JsonWriter;
import io.voicecampaign.adapter.http.config.HttpConfig;
import io.voicecampaign.benchmarks.support.CalleeFixtures;
import io.voicecampaign.benchmarks.support.CalleeFixtures.RawCallees;
import io.voicecampaign.benchmarks.support.HandWrittenCreateJson;
import io.voicecampaign.benchmarks.support.HandWrittenRules;
import io.voicecampaign.benchmarks.support.HandWrittenRules.HandCallee;
import io.voicecampaign.benchmarks.support.LibraryCreateJson;
import io.voicecampaign.domain.campaign.AgentCampaign;
import java.io.IOException;
import java.io.OutputStream;
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
 * it by default: sized, its {@code Content-Length} counted, then written straight into the sink).
 *
 * <ul>
 *   <li>{@link #sdkValidateMapSerialize()} starts from the strings a user holds: build and validate
 *       the campaign, then write its body. Target: at most 1.2x {@link #baselineHandRulesDslJson()},
 *       the same rules by hand ({@link HandWrittenRules}) and then DSL-JSON writing the records, at
 *       every size.</li>
 *   <li>{@link #sdkMapSerialize()} writes the body of a campaign built beforehand: the adapter's
 *       share alone. Target: at most 1.1x {@link #contextDslJsonWriter()}, DSL-JSON writing the same
 *       bytes from records built beforehand.</li>
 *   <li>For context, the same bytes from the same records by Jackson's streaming generator and by a
 *       Moshi {@code JsonWriter} loop ({@link HandWrittenCreateJson}).</li>
 * </ul>
 *
 * <p>This class sits in the adapter's package because {@link CreateTaskBody} is package-private;
 * the setup checks once, outside the measurement, that every variant writes identical bytes.
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
  private HandCallee[] records;
  private JsonWriter dslJson;

  /** Generates the input and checks that the SDK and every baseline write the same bytes. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    input = CalleeFixtures.raw(callees);
    prebuilt = CalleeFixtures.campaign(TASK_NAME, input);
    records = HandWrittenRules.validated(input);
    dslJson = LibraryCreateJson.dslJsonWriter();
    Buffer sdk = new Buffer();
    CreateTaskBody body = CreateTaskBody.sized(prebuilt, ZONE);
    body.writeTo(sdk);
    byte[] ours = sdk.readByteArray();
    if (ours.length != body.contentLength()
        || !Arrays.equals(ours, HandWrittenCreateJson.bytes(TASK_NAME, input))
        || !Arrays.equals(ours, LibraryCreateJson.dslJsonBytes(TASK_NAME, records))
        || !Arrays.equals(ours, LibraryCreateJson.jacksonBytes(TASK_NAME, records))) {
      throw new IllegalStateException("the SDK and the baselines write different bodies");
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

  /** The same rules by hand from the user's strings, then DSL-JSON writing the records. */
  @Benchmark
  public long baselineHandRulesDslJson() {
    CountingStream out = new CountingStream();
    LibraryCreateJson.dslJson(dslJson, TASK_NAME, HandWrittenRules.validated(input), out);
    return out.bytes;
  }

  /** DSL-JSON writing the same bytes from records built beforehand. */
  @Benchmark
  public long contextDslJsonWriter() {
    CountingStream out = new CountingStream();
    LibraryCreateJson.dslJson(dslJson, TASK_NAME, records, out);
    return out.bytes;
  }

  /** Jackson's streaming generator writing the same bytes from records built beforehand. */
  @Benchmark
  public long contextJacksonStreaming() throws IOException {
    CountingStream out = new CountingStream();
    LibraryCreateJson.jackson(TASK_NAME, records, out);
    return out.bytes;
  }

  /** The same bytes from a hand-written Moshi {@code JsonWriter} loop over the user's strings. */
  @Benchmark
  public long contextMoshiWriterLoop() throws IOException {
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

  /** Drops what it is given, counting the bytes, as a socket's stream would take them. */
  static final class CountingStream extends OutputStream {
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
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
