package io.voicecampaign.benchmarks.http;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.voicecampaign.adapter.http.HttpVoiceCampaigns;
import io.voicecampaign.adapter.http.config.HttpConfig;
import io.voicecampaign.application.VoiceCampaigns;
import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.application.port.in.task.LaunchCampaignCommand;
import io.voicecampaign.benchmarks.support.CalleeFixtures;
import io.voicecampaign.benchmarks.support.CalleeFixtures.RawCallees;
import io.voicecampaign.benchmarks.support.HandWrittenCreateJson;
import io.voicecampaign.benchmarks.support.LoopbackServer;
import io.voicecampaign.benchmarks.support.RawPlatformClient;
import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.task.TaskId;
import io.vavr.control.Either;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.Buffer;
import okio.BufferedSink;
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
 * Case 3: a create of a 200,000-callee campaign over loopback to a local server that reads the whole
 * body and answers success. Target: at most 1.2x the baseline, raw OkHttp posting a prebuilt body
 * with Nagle's algorithm off, the floor of sending 16 MB here; run with three forks or more, each
 * fork's ratio reads as one run.
 *
 * <ul>
 *   <li>{@link #sdkLaunch()}: the SDK's launch use case over HTTP with a campaign built beforehand:
 *       signing, the create body written from the domain objects, the one-shot request, the answer
 *       read into a task id.</li>
 *   <li>{@link #baselineRawOkHttpNoDelayPrebuiltBody()}: raw OkHttp posting the same body's bytes,
 *       made before the measurement, with the same signature headers and Nagle's algorithm off on its
 *       sockets, as the SDK has it: the floor of sending 16 MB here, with no stall waiting for the
 *       server's delayed acknowledgement.</li>
 *   <li>{@link #contextRawOkHttpPrebuiltBody()}: the same with OkHttp's default sockets, Nagle's
 *       algorithm on: what turning it off is worth here.</li>
 *   <li>{@link #contextRawOkHttpHandWrittenBody()}: raw OkHttp posting a body a hand-written Moshi
 *       {@code JsonWriter} loop writes for each request, as code without the SDK must.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class LaunchOverLoopbackBenchmark {

  static final int CALLEES = 200_000;
  private static final String TASK_NAME = "benchmark-campaign";
  private static final String CREATE_PATH = "v3/voice/group/call/send/agent";
  private static final String API_KEY = "bDqJFiq9";
  private static final String API_SECRET = "benchmark-secret";

  private LoopbackServer server;
  private VoiceCampaigns sdk;
  private RawPlatformClient raw;
  private RawPlatformClient rawNoDelay;
  private RawCallees input;
  private AgentCampaign campaign;
  private byte[] prebuiltBody;
  private JsonAdapter<RawCreated> answers;

  /** Starts the server, the SDK and the raw client; checks that both send the same number of bytes. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    server = LoopbackServer.start().drainAndAnswer("/" + CREATE_PATH, LoopbackServer.CREATED);
    HttpConfig config = HttpConfig.builder().apiKey(API_KEY).apiSecret(API_SECRET).baseUrl(server.baseUrl()).build();
    sdk = HttpVoiceCampaigns.create(config);
    raw = new RawPlatformClient(server.baseUrl(), API_KEY, API_SECRET);
    rawNoDelay = RawPlatformClient.withNoDelay(server.baseUrl(), API_KEY, API_SECRET);
    answers = new Moshi.Builder().build().adapter(RawCreated.class);
    input = CalleeFixtures.raw(CALLEES);
    campaign = CalleeFixtures.campaign(TASK_NAME, input);
    prebuiltBody = HandWrittenCreateJson.bytes(TASK_NAME, input);

    checkSent(sdkLaunch(), "sized");
  }

  private void checkSent(Either<Failure, TaskId> launched, String how) {
    TaskId id = launched.getOrElseThrow(failure -> new IllegalStateException(how + " launch failed: " + failure));
    if (id.value() != 123 || server.lastBodyBytes() != prebuiltBody.length) {
      throw new IllegalStateException("the SDK (" + how + ") sent " + server.lastBodyBytes() + " bytes and read task "
          + id + "; the baseline sends " + prebuiltBody.length);
    }
  }

  /** Stops the server and the clients. */
  @TearDown(Level.Trial)
  public void tearDown() {
    raw.close();
    rawNoDelay.close();
    server.close();
  }

  /** The SDK's launch use case over HTTP. */
  @Benchmark
  public Either<Failure, TaskId> sdkLaunch() {
    return sdk.launchCampaign().launch(new LaunchCampaignCommand(campaign));
  }

  /** Raw OkHttp posting the body's bytes made before the measurement. */
  @Benchmark
  public long contextRawOkHttpPrebuiltBody() throws IOException {
    return created(raw.post(CREATE_PATH, RequestBody.create(prebuiltBody, RawPlatformClient.JSON), answers));
  }

  /** Raw OkHttp with Nagle's algorithm off posting the body's bytes made before the measurement. */
  @Benchmark
  public long baselineRawOkHttpNoDelayPrebuiltBody() throws IOException {
    return created(rawNoDelay.post(CREATE_PATH, RequestBody.create(prebuiltBody, RawPlatformClient.JSON), answers));
  }

  /** Raw OkHttp posting a body written for this request by a hand-written Moshi loop. */
  @Benchmark
  public long contextRawOkHttpHandWrittenBody() throws IOException {
    Buffer body = new Buffer();
    HandWrittenCreateJson.write(TASK_NAME, input, body);
    return created(raw.post(CREATE_PATH, new BufferBody(body), answers));
  }

  private static long created(RawCreated answer) throws IOException {
    if (!"0".equals(answer.status()) || answer.data() == null) {
      throw new IOException("the platform refused the create: " + answer.reason());
    }
    return answer.data();
  }

  /**
   * The create's answer as hand-written code would declare it.
   *
   * @param status the status code, a string in this variant
   * @param reason the message
   * @param data   the new task's id
   */
  public record RawCreated(String status, String reason, Long data) {}

  /** A body sent once from a buffer, with its length, as the SDK sends its own. */
  static final class BufferBody extends RequestBody {
    private final Buffer buffer;

    BufferBody(Buffer buffer) {
      this.buffer = buffer;
    }

    @Override
    public MediaType contentType() {
      return RawPlatformClient.JSON;
    }

    @Override
    public long contentLength() {
      return buffer.size();
    }

    @Override
    public boolean isOneShot() {
      return true;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      sink.writeAll(buffer);
    }
  }
}
