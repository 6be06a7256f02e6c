package io.voicecampaign.examples;

import io.voicecampaign.adapter.http.HttpVoiceCampaigns;
import com.sun.net.httpserver.HttpServer;
import io.voicecampaign.adapter.http.config.HttpConfig;
import io.voicecampaign.adapter.http.report.CallReportReceiver;
import io.voicecampaign.application.VoiceCampaigns;
import io.voicecampaign.domain.report.CallReport;
import io.voicecampaign.domain.campaign.PhoneNumber;
import io.voicecampaign.domain.shared.AppId;
import io.voicecampaign.domain.shared.InvalidValueException;
import io.voicecampaign.domain.shared.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The tour over HTTP: the SDK's use cases through the HTTP adapter, configured from the environment,
 * against the platform or the emulator at {@code VOICE_BASE_URL}. Every call is bounded by the
 * adapter's timeouts, set here for a tour: 5 s to connect, 15 s per read, 30 s per call (60 s for the
 * create), with the adapter's bounded retries.
 *
 * <p>With {@code VOICE_REPORT_PORT} it receives the platform's call-report pushes on that port of
 * 127.0.0.1, at {@value #REPORT_PATH}, through the SDK's receiver: the emulator pushes there when its
 * push URL names it; a live platform needs the address set in its console and a way in from outside
 * (a tunnel or a reverse proxy to this port).
 */
final class HttpTourPlatform implements TourPlatform {

  /** The agent the tour's campaign runs; required with {@link #ENV_CALLEES}. */
  static final String ENV_AGENT_ID = "VOICE_AGENT_ID";
  /** The numbers the tour may dial, comma-separated; without them the tour only reads. */
  static final String ENV_CALLEES = "VOICE_CALLEES";
  /** The most numbers the tour dials: it launches a small campaign. */
  static final int MAX_CALLEES = 10;
  /** The port of 127.0.0.1 the tour receives call-report pushes on; without it the tour receives none. */
  static final String ENV_REPORT_PORT = "VOICE_REPORT_PORT";
  /** The path the pushes are received at. */
  static final String REPORT_PATH = "/voice/reports";

  private final HttpConfig config;
  private final HttpVoiceCampaigns campaigns;
  private final AppId appId;
  private final Option<Long> agentId;
  private final Seq<String> callees;
  private final Option<Integer> reportPort;
  private final Clock clock;
  private HttpServer reportServer;
  private ExecutorService reportThreads;

  private HttpTourPlatform(HttpConfig config, AppId appId, Option<Long> agentId, Seq<String> callees,
      Option<Integer> reportPort) {
    this.config = config;
    this.clock = Clock.systemUTC();
    this.campaigns = HttpVoiceCampaigns.create(config, clock);
    this.appId = appId;
    this.agentId = agentId;
    this.callees = callees;
    this.reportPort = reportPort;
  }

  /** True when the environment names any of the platform credentials, i.e. asks for the tour over HTTP. */
  static boolean isRequested(Map<String, String> environment) {
    return environment.get(HttpConfig.ENV_API_KEY) != null || environment.get(HttpConfig.ENV_API_SECRET) != null
        || environment.get(HttpConfig.ENV_APP_ID) != null;
  }

  /**
   * The platform the environment describes.
   *
   * @throws TourStepFailed naming every missing or invalid variable (never the secret's value)
   */
  static HttpTourPlatform fromEnvironment(Map<String, String> environment) {
    List<Violation> problems = List.empty();
    HttpConfig config = null;
    try {
      config = HttpConfig.fromEnvironment(environment).newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .readTimeout(Duration.ofSeconds(15))
          .callTimeout(Duration.ofSeconds(30))
          .createReadTimeout(Duration.ofSeconds(30))
          .createCallTimeout(Duration.ofSeconds(60))
          .build();
    } catch (InvalidValueException invalid) {
      problems = problems.appendAll(invalid.violations());
    }
    Seq<String> callees = List.empty();
    String given = environment.get(ENV_CALLEES);
    if (given != null && !given.isBlank()) {
      callees = List.of(given.split(",")).map(String::strip).filter(n -> !n.isEmpty());
      for (int i = 0; i < callees.size(); i++) {
        if (!PhoneNumber.isValid(callees.get(i))) {
          problems = problems.append(Violation.of(ENV_CALLEES + "[" + i + "]", callees.get(i),
              "must be 6-18 digits: country code + number, no '+' or separators"));
        }
      }
      if (callees.size() > MAX_CALLEES) {
        problems = problems.append(Violation.of(ENV_CALLEES, callees.size() + " numbers",
            "must name at most " + MAX_CALLEES + " numbers: the tour launches a small campaign"));
      }
    }
    Option<Long> agent = Option.none();
    String agentText = environment.get(ENV_AGENT_ID);
    if (agentText != null && !agentText.isBlank()) {
      try {
        agent = Option.some(Long.parseLong(agentText.strip())).filter(id -> id > 0);
      } catch (NumberFormatException e) {
        agent = Option.none();
      }
      if (agent.isEmpty()) {
        problems = problems.append(Violation.of(ENV_AGENT_ID, agentText, "must be a positive agent id"));
      }
    } else if (!callees.isEmpty()) {
      problems = problems.append(Violation.of(ENV_AGENT_ID, null, "is required with " + ENV_CALLEES + ": the agent that talks to them"));
    }
    Option<Integer> reportPort = Option.none();
    String portText = environment.get(ENV_REPORT_PORT);
    if (portText != null && !portText.isBlank()) {
      try {
        reportPort = Option.some(Integer.parseInt(portText.strip())).filter(port -> port >= 1 && port <= 65_535);
      } catch (NumberFormatException e) {
        reportPort = Option.none();
      }
      if (reportPort.isEmpty()) {
        problems = problems.append(Violation.of(ENV_REPORT_PORT, portText, "must be a port from 1 to 65535"));
      }
    }
    if (!problems.isEmpty()) {
      throw new TourStepFailed("read the environment", "InvalidEnvironment", problems.mkString("; "));
    }
    return new HttpTourPlatform(config, config.appId().get(), agent, callees, reportPort);
  }

  @Override
  public String description() {
    return config.baseUrl() + " over HTTP (application " + appId + ", "
        + (callees.isEmpty() ? "read-only: no " + ENV_CALLEES + " given" : callees.size() + " number(s) from " + ENV_CALLEES)
        + reportUrl().map(url -> ", call reports received at " + url).getOrElse("") + ")";
  }

  @Override
  public VoiceCampaigns campaigns() {
    return campaigns;
  }

  @Override
  public Instant now() {
    return clock.instant();
  }

  /** Waits in real time: a live platform's time cannot be moved. */
  @Override
  public void letTimePass(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TourStepFailed("wait", "Interrupted", "the tour was interrupted");
    }
  }

  /**
   * Receives the pushes on {@link #reportUrl()} through the SDK's receiver (its in-memory ledger drops
   * what was delivered before), handing each delivery's new reports to {@code inbox}.
   *
   * @throws TourStepFailed when no report port was given or it cannot be listened on
   */
  @Override
  public synchronized void onCallReports(Consumer<Seq<CallReport>> inbox) {
    if (reportPort.isEmpty()) {
      throw new TourStepFailed("receive call reports", "NoReportPort", ENV_REPORT_PORT + " is not set");
    }
    if (reportServer != null) {
      throw new TourStepFailed("receive call reports", "AlreadyReceiving", "reports are received already, at " + reportUrl().get());
    }
    try {
      reportServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), reportPort.get()), 16);
    } catch (IOException e) {
      throw new TourStepFailed("receive call reports", "PortUnavailable", "cannot listen on 127.0.0.1:" + reportPort.get()
          + ": " + e.getMessage());
    }
    reportThreads = Executors.newFixedThreadPool(2);
    reportServer.setExecutor(reportThreads);
    reportServer.createContext(REPORT_PATH, CallReportReceiver.of(campaigns.receiveCallReports(), inbox::accept));
    reportServer.start();
  }

  /** Where the pushes are received, when {@code VOICE_REPORT_PORT} is set. */
  Option<URI> reportUrl() {
    return reportPort.map(port -> URI.create("http://127.0.0.1:" + port + REPORT_PATH));
  }

  /** Stops receiving reports and closes the client's connections and threads. */
  @Override
  public synchronized void close() {
    if (reportServer != null) {
      reportServer.stop(0);
      reportThreads.shutdownNow();
    }
    campaigns.close();
  }

  /** The application campaigns are launched under. */
  AppId appId() {
    return appId;
  }

  /** The agent of the tour's campaign, when given. */
  Option<Long> agentId() {
    return agentId;
  }

  /** The numbers the tour may dial; empty for a read-only tour. */
  Seq<String> callees() {
    return callees;
  }
}
