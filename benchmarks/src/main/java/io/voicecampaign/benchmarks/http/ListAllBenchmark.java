package io.voicecampaign.benchmarks.http;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.voicecampaign.adapter.http.HttpVoiceCampaigns;
import io.voicecampaign.adapter.http.config.HttpConfig;
import io.voicecampaign.application.VoiceCampaigns;
import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.application.port.in.task.ListTasksCommand;
import io.voicecampaign.benchmarks.support.LoopbackServer;
import io.voicecampaign.benchmarks.support.RawPlatformClient;
import io.voicecampaign.benchmarks.support.TaskPageFixtures;
import io.voicecampaign.micrometer.GatewayMetrics;
import io.voicecampaign.domain.shared.TimeRange;
import io.voicecampaign.domain.task.GroupCallTask;
import io.voicecampaign.domain.task.TaskQuery;
import io.vavr.control.Either;
import java.io.IOException;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.RequestBody;
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
 * Case 4: every task of an account holding 10,000, as 100 pages of 100 from a local server over
 * loopback. Target: at most 1.15x the baseline.
 *
 * <ul>
 *   <li>{@link #sdkListAll()}: the SDK's list use case, {@code listTasks().all(...)}, iterated to its
 *       end: a signed request per page, the tolerant envelope, every record mapped to a domain task.</li>
 *   <li>{@link #baselineRawOkHttpMoshi()}: raw OkHttp and Moshi: the same signed requests with a
 *       hand-written query body, each answer read by a Moshi adapter into plain records, until the last
 *       page.</li>
 *   <li>{@link #sdkListAllMicrometer()}: the same listing with {@link GatewayMetrics} registered on a
 *       {@link SimpleMeterRegistry}; against {@link #sdkListAll()}, target at most 1.02x.</li>
 *   <li>{@link #contextSdkListAllNoOpListener()}: the same listing with a listener that does nothing.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ListAllBenchmark {

  static final int PAGES = 100;
  static final int PAGE_SIZE = 100;
  private static final String QUERY_PATH = "v3/voice/group/call/query";
  private static final String API_KEY = "bDqJFiq9";
  private static final String API_SECRET = "benchmark-secret";
  private static final TimeRange OCTOBER =
      TimeRange.between(Instant.parse("2026-09-30T16:00:00Z"), Instant.parse("2026-10-31T16:00:00Z"));

  private LoopbackServer server;
  private VoiceCampaigns sdk;
  private VoiceCampaigns sdkNoOpListener;
  private VoiceCampaigns sdkMicrometer;
  private SimpleMeterRegistry registry;
  private RawPlatformClient raw;
  private JsonAdapter<RawEnvelope> envelopes;

  /** Starts the server, the SDK and the raw client; checks that both see all 10,000 tasks. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    TaskPageFixtures pages = TaskPageFixtures.of(PAGES, PAGE_SIZE);
    server = LoopbackServer.start().answerPages("/" + QUERY_PATH, pages::page);
    HttpConfig config = HttpConfig.builder().apiKey(API_KEY).apiSecret(API_SECRET).baseUrl(server.baseUrl()).build();
    sdk = HttpVoiceCampaigns.create(config);
    sdkNoOpListener = HttpVoiceCampaigns.create(config.newBuilder().listener(event -> { }).build());
    registry = new SimpleMeterRegistry();
    sdkMicrometer = HttpVoiceCampaigns.create(config.newBuilder().listener(new GatewayMetrics(registry)).build());
    raw = new RawPlatformClient(server.baseUrl(), API_KEY, API_SECRET);
    envelopes = new Moshi.Builder().build().adapter(RawEnvelope.class);
    int sdkTasks = sdkListAll();
    int rawTasks = baselineRawOkHttpMoshi();
    if (contextSdkListAllNoOpListener() != sdkTasks || sdkListAllMicrometer() != sdkTasks
        || registry.get(GatewayMetrics.ATTEMPTS).tag("endpoint", "query_tasks").counter().count() != PAGES) {
      throw new IllegalStateException("the observed listings did not list the same tasks, or the metrics missed pages");
    }
    if (sdkTasks != pages.taskCount() || rawTasks != pages.taskCount()) {
      throw new IllegalStateException("the SDK listed " + sdkTasks + " tasks and the baseline " + rawTasks
          + "; the server holds " + pages.taskCount());
    }
  }

  /** Stops the server and the clients. */
  @TearDown(Level.Trial)
  public void tearDown() {
    raw.close();
    server.close();
  }

  /** The SDK's lazy listing of every page, iterated to its end. */
  @Benchmark
  public int sdkListAll() {
    return listAll(sdk);
  }

  /** The same listing, every gateway call reported to a listener that does nothing. */
  @Benchmark
  public int contextSdkListAllNoOpListener() {
    return listAll(sdkNoOpListener);
  }

  /** The same listing, every gateway call recorded by the Micrometer binding. */
  @Benchmark
  public int sdkListAllMicrometer() {
    return listAll(sdkMicrometer);
  }

  private static int listAll(VoiceCampaigns sdk) {
    int count = 0;
    Iterator<Either<Failure, GroupCallTask>> tasks =
        sdk.listTasks().all(new ListTasksCommand(TaskQuery.within(OCTOBER, PAGE_SIZE))).iterator();
    while (tasks.hasNext()) {
      Either<Failure, GroupCallTask> task = tasks.next();
      if (task.isLeft()) {
        throw new IllegalStateException("listing failed: " + task.getLeft());
      }
      count++;
    }
    return count;
  }

  /** Raw OkHttp posting each page's query and Moshi reading each answer, until the last page. */
  @Benchmark
  public int baselineRawOkHttpMoshi() throws IOException {
    int count = 0;
    for (int current = 1; ; current++) {
      String query = "{\"current\":" + current + ",\"size\":" + PAGE_SIZE
          + ",\"params\":{\"strTime\":\"2026-10-01 00:00:00\",\"endTime\":\"2026-11-01 00:00:00\",\"statusList\":[]}}";
      RawEnvelope envelope = raw.post(QUERY_PATH, RequestBody.create(query, RawPlatformClient.JSON), envelopes);
      if (envelope.code() != 0 || envelope.data() == null) {
        throw new IOException("the platform refused page " + current);
      }
      count += envelope.data().records().size();
      if (envelope.data().records().isEmpty() || current >= envelope.data().pages()) {
        return count;
      }
    }
  }

  /**
   * The query answer as hand-written code would declare it.
   *
   * @param code the status code
   * @param msg  the message
   * @param data the page
   */
  public record RawEnvelope(int code, String msg, RawPage data) {}

  /**
   * A page of tasks.
   *
   * @param records the tasks
   * @param total   all matching tasks
   * @param size    page size
   * @param current this page
   * @param pages   all pages
   */
  public record RawPage(List<RawTask> records, long total, int size, int current, int pages) {}

  /**
   * One task.
   *
   * @param taskId      id
   * @param taskName    name
   * @param status      status code
   * @param rate        progress
   * @param numCnt      numbers
   * @param callNum     called
   * @param success     successful calls
   * @param fail        failed calls
   * @param createdTime created
   * @param scriptId    agent template
   * @param taskType    type
   */
  public record RawTask(long taskId, String taskName, int status, String rate, long numCnt, long callNum,
      long success, long fail, String createdTime, long scriptId, int taskType) {}
}
