package io.voicecampaign.reliability.support;

import io.voicecampaign.adapter.http.config.HttpConfig;
import io.voicecampaign.adapter.http.config.RetryPolicy;
import io.voicecampaign.application.testing.LoopbackSockets;
import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.fixtures.CampaignFixtures;
import io.voicecampaign.domain.recall.RecallFlowQuery;
import io.voicecampaign.domain.recall.RecallPlan;
import io.voicecampaign.domain.recall.RecallType;
import io.voicecampaign.domain.shared.TimeRange;
import io.voicecampaign.domain.task.TaskQuery;
import java.time.Duration;
import java.time.Instant;
import mockwebserver3.MockWebServer;

/** Credentials, campaigns, queries, servers and configurations the reliability tests share. */
public final class ReliabilityFixtures {

  /** The API key every test configures; distinctive, so a leak is found by a plain search. */
  public static final String API_KEY = "RelKey7Qw2";
  /** The API secret every test configures; distinctive, so a leak is found by a plain search. */
  public static final String API_SECRET = "Sx9-reliab1lity-S3CRET";
  /** The application the campaigns are launched under. */
  public static final String APP_ID = CampaignFixtures.APP_ID;
  /** The agent the campaigns run. */
  public static final long AGENT_ID = CampaignFixtures.AGENT_ID;
  /** When the tests' virtual clocks start: 2026-03-02 10:00 at UTC+8. */
  public static final Instant START = Instant.parse("2026-03-02T02:00:00Z");

  private ReliabilityFixtures() {}

  /** A loopback server whose connections close in order. */
  public static MockWebServer server() {
    MockWebServer server = new MockWebServer();
    server.setServerSocketFactory(LoopbackSockets.orderly());
    return server;
  }

  /** A loopback server whose connections close with a TCP reset. */
  public static MockWebServer resettingServer() {
    MockWebServer server = new MockWebServer();
    server.setServerSocketFactory(LoopbackSockets.resetting());
    return server;
  }

  /**
   * A configuration for {@code baseUrl} with the test credentials, short timeouts (connect 2 s, read
   * 1 s, write 2 s, whole call 5 s, create read 1 s), three attempts without waits, and every other
   * wait (a launch's pauses between re-sends and lookups) taken at once.
   */
  public static HttpConfig.Builder config(String baseUrl) {
    return HttpConfig.builder()
        .apiKey(API_KEY)
        .apiSecret(API_SECRET)
        .appId(APP_ID)
        .baseUrl(baseUrl)
        .connectTimeout(Duration.ofSeconds(2))
        .readTimeout(Duration.ofSeconds(1))
        .writeTimeout(Duration.ofSeconds(2))
        .callTimeout(Duration.ofSeconds(5))
        .createReadTimeout(Duration.ofSeconds(1))
        .retryPolicy(noWait(3))
        .sleeper(duration -> { });
  }

  /** {@link #config(String)} for {@code server}. */
  public static HttpConfig.Builder config(MockWebServer server) {
    return config(server.url("/").toString());
  }

  /** {@code attempts} attempts with no wait between them, within 30 s. */
  public static RetryPolicy noWait(int attempts) {
    return RetryPolicy.builder().maxAttempts(attempts).baseDelay(Duration.ZERO).maxDelay(Duration.ZERO)
        .deadline(Duration.ofSeconds(30)).seed(attempts).build();
  }

  /** A two-callee campaign named {@code name} that redials its failed calls twice, 30 minutes apart. */
  public static AgentCampaign campaign(String name) {
    return CampaignFixtures.validBuilder(2).taskName(name)
        .recall(RecallPlan.builder().type(RecallType.FAILED).intervalMinutes(30).attempts(2))
        .build()
        .get();
  }

  /** The plan edits send: redial everyone three times, 45 minutes apart, with the campaign's agent. */
  public static RecallPlan editedPlan() {
    return RecallPlan.builder().type(RecallType.ALL).intervalMinutes(45).attempts(3).agents(41, 41, 42).build().get();
  }

  /** The day around {@link #START}. */
  public static TimeRange aroundStart() {
    return TimeRange.between(START.minus(Duration.ofHours(12)), START.plus(Duration.ofHours(12)));
  }

  /** The first page of 100 tasks created around {@link #START}. */
  public static TaskQuery taskQuery() {
    return TaskQuery.within(aroundStart(), 100);
  }

  /** The first page of 100 recall flows created around {@link #START}. */
  public static RecallFlowQuery flowQuery() {
    return RecallFlowQuery.within(aroundStart(), 100);
  }
}
