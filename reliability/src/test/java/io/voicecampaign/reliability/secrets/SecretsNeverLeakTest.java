package io.voicecampaign.reliability.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.adapter.http.HttpGateways;
import io.voicecampaign.adapter.http.HttpVoiceCampaigns;
import io.voicecampaign.adapter.http.config.HttpConfig;
import io.voicecampaign.adapter.http.config.PlatformEndpoint;
import io.voicecampaign.adapter.http.report.CallReportParser;
import io.voicecampaign.application.VoiceCampaigns;
import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.application.port.in.recall.AwaitRecallFlowCommand;
import io.voicecampaign.application.port.in.recall.CancelRecallFlowCommand;
import io.voicecampaign.application.port.in.recall.CancelRemainingRecallsCommand;
import io.voicecampaign.application.port.in.recall.EditRecallFlowCommand;
import io.voicecampaign.application.port.in.recall.FindRecallFlowCommand;
import io.voicecampaign.application.port.in.recall.GetRecallFlowCommand;
import io.voicecampaign.application.port.in.recall.ListRecallFlowsCommand;
import io.voicecampaign.application.port.in.task.CancelTasksCommand;
import io.voicecampaign.application.port.in.task.LaunchCampaignCommand;
import io.voicecampaign.application.port.in.task.ListTasksCommand;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.domain.recall.RecallCancellation;
import io.voicecampaign.domain.recall.RecallFlowId;
import io.voicecampaign.domain.recall.RecallNodeId;
import io.voicecampaign.domain.shared.InvalidValueException;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.reliability.secrets.EchoingPlatform.Mode;
import io.voicecampaign.reliability.support.LogCapture;
import io.voicecampaign.reliability.support.ReliabilityFixtures;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;
import okhttp3.logging.LoggingEventListener;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The API secret and the Sign never appear in a log line, a failure, an exception or a toString")
class SecretsNeverLeakTest {

  private static final String JUL_LOGGER = "io.voicecampaign.reliability.requests";
  private static final RecallFlowId FLOW = RecallFlowId.of(298);
  private static final TaskId TASK = TaskId.of(9_100_001);

  @StartStop
  final MockWebServer server = ReliabilityFixtures.server();

  private final EchoingPlatform platform = new EchoingPlatform();
  private final List<String> sdkLog = Collections.synchronizedList(new ArrayList<>());
  private final List<String> okHttpLog = Collections.synchronizedList(new ArrayList<>());
  /** Failures, exception messages and toStrings, each labelled with where it came from. */
  private final List<String> texts = new ArrayList<>();
  private int calls;

  @Test
  @DisplayName("every endpoint and use case, against every answer (echoed credentials included), logged at its most verbose")
  void everyEndpointEveryAnswer() {
    List<String> julLines;
    try (LogCapture jul = LogCapture.of("okhttp3", "mockwebserver3", JUL_LOGGER)) {
      server.setDispatcher(platform);
      OkHttpClient supplied = new OkHttpClient.Builder()
          .addInterceptor(new HttpLoggingInterceptor(okHttpLog::add).setLevel(HttpLoggingInterceptor.Level.BODY))
          .eventListenerFactory(new LoggingEventListener.Factory(okHttpLog::add))
          .build();
      HttpConfig.Builder verbose = ReliabilityFixtures.config(server).okHttpClient(supplied)
          .readTimeout(Duration.ofMillis(100)).createReadTimeout(Duration.ofMillis(100))
          .retryPolicy(ReliabilityFixtures.noWait(2)).logBodyBytes(HttpConfig.MAX_LOG_BODY_BYTES);
      HttpConfig toSink = verbose.requestLog(sdkLog::add).build();
      HttpConfig toJul = verbose.requestLog(Logger.getLogger(JUL_LOGGER), Level.FINEST).build();
      VoiceCampaigns sdk = HttpVoiceCampaigns.create(toSink, Clock.systemUTC());
      HttpGateways gateways = HttpVoiceCampaigns.gateways(toJul, Clock.systemUTC());

      for (Mode mode : Mode.values()) {
        platform.answer(mode);
        driveGateways(gateways, mode);
        driveUseCases(sdk, mode);
      }
      describe("config (log sink)", toSink);
      describe("config (java.util.logging)", toJul);
      describe("retry policy", toSink.retryPolicy());
      describe("use cases", sdk);
      describe("gateways", gateways);
      describe("group-call gateway", gateways.groupCalls());
      describe("recall-flow gateway", gateways.recallFlows());
      describe("push parser", CallReportParser.create());
      misconfigurations();
      julLines = jul.lines();
    }

    Set<String> signs = platform.signs();
    Map<String, List<String>> captured = Map.of("SDK request log", copy(sdkLog),
        "OkHttp logging interceptor (requests) and event listener", sentByTheSdk(copy(okHttpLog)),
        "java.util.logging (SDK request log, OkHttp, server)", julLines, "failures, exceptions and toStrings", texts);
    System.out.printf("secrets: %d calls, %d requests, %d distinct Signs, %d SDK log lines, %d OkHttp log lines, %d JUL records, %d failures/exceptions/toStrings%n",
        calls, server.getRequestCount(), signs.size(), sdkLog.size(), okHttpLog.size(), julLines.size(), texts.size());

    assertThat(server.getRequestCount()).as("signed requests sent").isGreaterThan(200);
    assertThat(signs).as("distinct Signs sent (one per second of timestamp)").isNotEmpty();
    assertThat(sdkLog).as("the request log saw the traffic").hasSizeGreaterThan(200);
    assertThat(julLines).as("java.util.logging saw the traffic").hasSizeGreaterThan(200);
    assertThat(okHttpLog).as("OkHttp's logging saw the traffic").hasSizeGreaterThan(200);
    assertThat(sdkLog).as("echoed credentials reached the request log, redacted")
        .anySatisfy(line -> assertThat(line).contains("Sign=<redacted>").contains("secret=<hidden>"));
    assertThat(texts).as("echoed credentials reached the failures, redacted")
        .anySatisfy(text -> assertThat(text).contains("Sign=<redacted>").contains("secret=<hidden>"));
    captured.forEach((source, lines) -> {
      for (String line : lines) {
        assertThat(line).as("%s", source).doesNotContain(ReliabilityFixtures.API_SECRET);
        for (String sign : signs) {
          assertThat(line).as("%s", source).doesNotContain(sign);
        }
      }
    });
  }

  /**
   * What a user's logging interceptor shows of the calls the SDK makes: every line but the answers
   * ({@code <--} to {@code <-- END}), which it prints verbatim as the platform sent them, outside the SDK's reach.
   */
  private static List<String> sentByTheSdk(List<String> lines) {
    List<String> sent = new ArrayList<>();
    boolean inAnswer = false;
    for (String line : lines) {
      if (line.startsWith("<-- ")) {
        inAnswer = !line.startsWith("<-- END") && !line.startsWith("<-- HTTP FAILED");
        continue;
      }
      if (!inAnswer) {
        sent.add(line);
      }
    }
    return sent;
  }

  private static List<String> copy(List<String> lines) {
    synchronized (lines) {
      return List.copyOf(lines);
    }
  }

  private void driveGateways(HttpGateways gateways, Mode mode) {
    outcome(mode + " create", () -> gateways.groupCalls().launch(ReliabilityFixtures.campaign("secret-keeping")));
    outcome(mode + " task query", () -> gateways.groupCalls().queryTasks(ReliabilityFixtures.taskQuery()));
    outcome(mode + " task cancel", () -> gateways.groupCalls().cancelTasks(io.vavr.collection.List.of(TASK)));
    outcome(mode + " flow page", () -> gateways.recallFlows().queryFlows(ReliabilityFixtures.flowQuery()));
    outcome(mode + " flow detail", () -> gateways.recallFlows().flowDetail(FLOW));
    outcome(mode + " flow update", () -> gateways.recallFlows().editFlow(FLOW, ReliabilityFixtures.editedPlan()));
    outcome(mode + " flow cancel", () -> gateways.recallFlows().cancelFlow(new RecallCancellation.WholeFlow(FLOW)));
  }

  private void driveUseCases(VoiceCampaigns sdk, Mode mode) {
    outcome(mode + " launch", () -> sdk.launchCampaign().launch(new LaunchCampaignCommand(ReliabilityFixtures.campaign("secret-keeping"))));
    outcome(mode + " list tasks", () -> sdk.listTasks().page(new ListTasksCommand(ReliabilityFixtures.taskQuery())));
    outcome(mode + " all tasks", () -> io.vavr.collection.List.ofAll(sdk.listTasks().all(new ListTasksCommand(ReliabilityFixtures.taskQuery()))).last());
    outcome(mode + " cancel tasks", () -> sdk.cancelTasks().cancel(CancelTasksCommand.of(TASK)));
    outcome(mode + " list flows", () -> sdk.listRecallFlows().page(new ListRecallFlowsCommand(ReliabilityFixtures.flowQuery())));
    outcome(mode + " get flow", () -> sdk.getRecallFlow().get(new GetRecallFlowCommand(FLOW)));
    outcome(mode + " find flow", () -> sdk.findRecallFlow().find(new FindRecallFlowCommand(TASK, ReliabilityFixtures.aroundStart())));
    outcome(mode + " edit flow", () -> sdk.editRecallFlow().edit(new EditRecallFlowCommand(FLOW, ReliabilityFixtures.editedPlan())));
    outcome(mode + " cancel flow", () -> sdk.cancelRecallFlow().cancel(CancelRecallFlowCommand.wholeFlow(FLOW)));
    outcome(mode + " cancel from node", () -> sdk.cancelRecallFlow().cancel(CancelRecallFlowCommand.fromNode(FLOW, RecallNodeId.of(1428))));
    outcome(mode + " cancel flow of task", () -> sdk.cancelRecallFlow().cancel(CancelRecallFlowCommand.wholeFlowOfTask(TASK)));
    outcome(mode + " cancel remaining", () -> sdk.cancelRemainingRecalls().cancelRemaining(new CancelRemainingRecallsCommand(FLOW)));
    outcome(mode + " await flow", () -> sdk.awaitRecallFlow().await(
        new AwaitRecallFlowCommand(FLOW, Duration.ofMillis(60), Duration.ofMillis(20), Duration.ofMillis(20))));
  }

  /** Runs one call and keeps the strings it produced: the outcome's toString and a failure's message. */
  private void outcome(String label, Supplier<?> call) {
    calls++;
    Object result;
    try {
      result = call.get();
    } catch (RuntimeException | Error e) {
      throw new AssertionError(label + ": the SDK threw " + e, e);
    }
    texts.add(label + ": " + result);
    if (result instanceof Either<?, ?> either && either.isLeft()) {
      Object failure = either.getLeft();
      texts.add(label + " message: " + (failure instanceof Failure f ? f.message()
          : ((GatewayFailure) failure).message()));
    }
  }

  private void describe(String label, Object component) {
    texts.add(label + ": " + component);
  }

  /** Configurations that break a rule while carrying the secret where it does not belong: the violations must hide it. */
  private void misconfigurations() {
    String secret = ReliabilityFixtures.API_SECRET;
    rejected("secret in the base URL's query", () -> HttpConfig.builder().apiKey(ReliabilityFixtures.API_KEY).apiSecret(secret)
        .baseUrl("https://api.laaffic.com/?secret=" + secret).build());
    rejected("secret in a plain-http base URL", () -> HttpConfig.builder().apiKey(ReliabilityFixtures.API_KEY).apiSecret(secret)
        .baseUrl("http://api.laaffic.com/" + secret).build());
    rejected("secret in a path prefix", () -> HttpConfig.builder().apiKey(ReliabilityFixtures.API_KEY).apiSecret(secret)
        .pathPrefix(PlatformEndpoint.CREATE_TASK, "/v3/" + secret + "?").build());
    rejected("secret with a space", () -> HttpConfig.builder().apiKey(ReliabilityFixtures.API_KEY).apiSecret(secret + " x").build());
    rejected("secret in place of the environment's base URL", () -> HttpConfig.fromEnvironment(Map.of(HttpConfig.ENV_API_KEY,
        ReliabilityFixtures.API_KEY, HttpConfig.ENV_API_SECRET, secret, HttpConfig.ENV_APP_ID, ReliabilityFixtures.APP_ID,
        HttpConfig.ENV_BASE_URL, secret)));
    rejected("secret in the environment's base URL", () -> HttpConfig.fromEnvironment(Map.of(HttpConfig.ENV_API_KEY, ReliabilityFixtures.API_KEY,
        HttpConfig.ENV_API_SECRET, secret, HttpConfig.ENV_APP_ID, ReliabilityFixtures.APP_ID,
        HttpConfig.ENV_BASE_URL, "http://example.com/" + secret)));
  }

  private void rejected(String label, Supplier<HttpConfig> build) {
    try {
      HttpConfig config = build.get();
      throw new AssertionError(label + ": accepted " + config);
    } catch (InvalidValueException e) {
      texts.add(label + ": " + e);
      texts.add(label + " violations: " + e.violations().mkString("; "));
    }
  }
}
