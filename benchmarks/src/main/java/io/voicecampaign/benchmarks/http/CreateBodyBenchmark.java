package io.voicecampaign.benchmarks.http;

import com.dslplatform.json.JsonWriter;
import io.voicecampaign.adapter.http.HttpGateways;
import io.voicecampaign.adapter.http.HttpVoiceCampaigns;
import io.voicecampaign.adapter.http.config.HttpConfig;
import io.voicecampaign.application.port.out.GroupCallGateway;
import io.voicecampaign.benchmarks.support.CalleeFixtures;
import io.voicecampaign.benchmarks.support.CalleeFixtures.RawCallees;
import io.voicecampaign.benchmarks.support.DrainingClient;
import io.voicecampaign.benchmarks.support.HandWrittenCreateJson;
import io.voicecampaign.benchmarks.support.HandWrittenRules;
import io.voicecampaign.benchmarks.support.HandWrittenRules.HandCallee;
import io.voicecampaign.benchmarks.support.LibraryCreateJson;
import io.voicecampaign.domain.campaign.AgentCampaign;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Case 2: the create request's body for N callees (number + two texts), written into a sink that
 * drops the bytes, as the HTTP adapter's gateway sends it: its {@code Content-Length} counted, then
 * written straight into the sink. The gateway's client is a {@link DrainingClient}, which takes the
 * body and answers without a connection, so the SDK's rows hold the gateway's call and no network.
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
 * <p>The setup checks once, outside the measurement, that every variant writes identical bytes and that
 * the SDK's body is as long as it announced.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class CreateBodyBenchmark {

  private static final String TASK_NAME = "benchmark-campaign";

  /** How many callees the campaign holds. */
  @Param({"2000", "20000", "200000"})
  public int callees;

  private RawCallees input;
  private AgentCampaign prebuilt;
  private HandCallee[] records;
  private JsonWriter dslJson;
  private DrainingClient drain;
  private HttpGateways gateways;
  private GroupCallGateway gateway;

  /** Generates the input and checks that the SDK and every baseline write the same bytes. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    input = CalleeFixtures.raw(callees);
    prebuilt = CalleeFixtures.campaign(TASK_NAME, input);
    records = HandWrittenRules.validated(input);
    dslJson = LibraryCreateJson.dslJsonWriter();
    drain = new DrainingClient();
    gateways = HttpVoiceCampaigns.gateways(HttpConfig.builder().apiKey("bDqJFiq9").apiSecret("benchmark-secret")
        .okHttpClient(drain.client()).build(), Clock.systemUTC());
    gateway = gateways.groupCalls();
    byte[] ours = drain.keepNext(() -> gateway.launch(prebuilt).getOrElseThrow(f -> new IllegalStateException(f.message())));
    if (ours.length != drain.lastContentLength()
        || !Arrays.equals(ours, HandWrittenCreateJson.bytes(TASK_NAME, input))
        || !Arrays.equals(ours, LibraryCreateJson.dslJsonBytes(TASK_NAME, records))
        || !Arrays.equals(ours, LibraryCreateJson.jacksonBytes(TASK_NAME, records))) {
      throw new IllegalStateException("the SDK and the baselines write different bodies");
    }
  }

  /** Closes the gateways. */
  @TearDown(Level.Trial)
  public void tearDown() {
    gateways.close();
  }

  /** Build and validate from the user's strings, then write the body the adapter sends. */
  @Benchmark
  public long sdkValidateMapSerialize() {
    AgentCampaign campaign = CalleeFixtures.valid(CalleeFixtures.builder(TASK_NAME, input).build());
    return send(campaign);
  }

  /** Write the body of a campaign built beforehand. */
  @Benchmark
  public long sdkMapSerialize() {
    return send(prebuilt);
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

  private long send(AgentCampaign campaign) {
    gateway.launch(campaign);
    return drain.lastBodyBytes();
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
