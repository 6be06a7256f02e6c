package io.voicecampaign.examples;

import io.voicecampaign.adapter.http.HttpVoiceCampaigns;
import io.voicecampaign.adapter.http.config.HttpConfig;
import io.voicecampaign.application.VoiceCampaigns;
import io.voicecampaign.domain.campaign.PhoneNumber;
import io.voicecampaign.domain.shared.AppId;
import io.voicecampaign.domain.shared.InvalidValueException;
import io.voicecampaign.domain.shared.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The tour over HTTP: the SDK's use cases through the HTTP adapter, configured from the environment,
 * against the platform or the emulator at {@code VOICE_BASE_URL}. Every call is bounded by the
 * adapter's timeouts, set here for a tour: 5 s to connect, 15 s per read, 30 s per call (60 s for the
 * create), with the adapter's bounded retries.
 */
final class HttpTourPlatform implements TourPlatform {

  /** The agent the tour's campaign runs; required with {@link #ENV_CALLEES}. */
  static final String ENV_AGENT_ID = "VOICE_AGENT_ID";
  /** The numbers the tour may dial, comma-separated; without them the tour only reads. */
  static final String ENV_CALLEES = "VOICE_CALLEES";
  /** The most numbers the tour dials: it launches a small campaign. */
  static final int MAX_CALLEES = 10;

  private final HttpConfig config;
  private final VoiceCampaigns campaigns;
  private final AppId appId;
  private final Option<Long> agentId;
  private final Seq<String> callees;
  private final Clock clock;

  private HttpTourPlatform(HttpConfig config, AppId appId, Option<Long> agentId, Seq<String> callees) {
    this.config = config;
    this.clock = Clock.systemUTC();
    this.campaigns = HttpVoiceCampaigns.create(config, clock);
    this.appId = appId;
    this.agentId = agentId;
    this.callees = callees;
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
    if (!problems.isEmpty()) {
      throw new TourStepFailed("read the environment", "InvalidEnvironment", problems.mkString("; "));
    }
    return new HttpTourPlatform(config, config.appId().get(), agent, callees);
  }

  @Override
  public String description() {
    return config.baseUrl() + " over HTTP (application " + appId + ", "
        + (callees.isEmpty() ? "read-only: no " + ENV_CALLEES + " given" : callees.size() + " number(s) from " + ENV_CALLEES) + ")";
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
