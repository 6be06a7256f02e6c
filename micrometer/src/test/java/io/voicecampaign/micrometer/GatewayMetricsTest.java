package io.voicecampaign.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.voicecampaign.adapter.fake.fault.Fault;
import io.voicecampaign.adapter.fake.fault.Operation;
import io.voicecampaign.adapter.http.HttpVoiceCampaigns;
import io.voicecampaign.adapter.http.config.HttpConfig;
import io.voicecampaign.adapter.http.config.RetryPolicy;
import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.application.port.in.task.LaunchCampaignCommand;
import io.voicecampaign.application.port.in.task.ListTasksCommand;
import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.shared.PlatformCode;
import io.voicecampaign.domain.shared.TimeRange;
import io.voicecampaign.domain.task.TaskQuery;
import io.voicecampaign.emulator.Emulator;
import io.voicecampaign.emulator.EmulatorConfig;
import io.vavr.control.Either;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("GatewayMetrics records the HTTP transport's calls against the emulator on loopback")
class GatewayMetricsTest {

  private static final Instant START = Instant.parse("2026-03-02T02:00:00Z");
  private static final String KEY = "MetricsKey1";
  private static final String SECRET = "metrics-S3CRET";
  private static final String APP = "Jgd8oFei";

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private Emulator emulator;
  private HttpVoiceCampaigns sdk;

  @BeforeEach
  void start() throws IOException {
    emulator = Emulator.start(EmulatorConfig.builder().port(0).timeScale(0).start(START).apiKey(KEY).apiSecret(SECRET).appId(APP)
        .requestLog(line -> { }).build());
    sdk = HttpVoiceCampaigns.create(HttpConfig.builder().apiKey(KEY).apiSecret(SECRET).appId(APP)
        .baseUrl(emulator.baseUrl().toString())
        .retryPolicy(RetryPolicy.builder().maxAttempts(3).baseDelay(Duration.ZERO).maxDelay(Duration.ZERO).build())
        .listener(new GatewayMetrics(registry))
        .build(), Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    sdk.close();
    emulator.close();
  }

  private static AgentCampaign campaign(String name) {
    return AgentCampaign.builder().appId(APP).agentId(41).taskName(name).callWindow("00:00", "23:59")
        .addCallee("463200000007").build().get();
  }

  private Either<Failure, ?> launch(String name) {
    return sdk.launchCampaign().launch(new LaunchCampaignCommand(campaign(name)));
  }

  private double count(String name, String... tags) {
    return registry.find(name).tags(tags).counters().stream().mapToDouble(c -> c.count()).sum();
  }

  private long timed(String... tags) {
    return registry.find(GatewayMetrics.CALLS).tags(tags).timers().stream().mapToLong(t -> t.count()).sum();
  }

  @Test
  @DisplayName("a listing retried after -18 counts two attempts, one -18 failure and retry, one successful timed call")
  void retriedListing() {
    emulator.platform().injectFault(Operation.QUERY_TASKS, 1, Fault.answer(PlatformCode.SYSTEM_EXCEPTION, "busy"));

    sdk.listTasks().page(new ListTasksCommand(TaskQuery.within(
        TimeRange.between(START.minus(Duration.ofDays(1)), START.plus(Duration.ofDays(1))), 10))).get();

    assertThat(count(GatewayMetrics.ATTEMPTS, "endpoint", "query_tasks")).isEqualTo(2);
    assertThat(count(GatewayMetrics.ATTEMPT_FAILURES, "endpoint", "query_tasks", "reason", "unavailable", "code", "-18")).isEqualTo(1);
    assertThat(count(GatewayMetrics.RETRIES, "endpoint", "query_tasks", "reason", "unavailable", "code", "-18")).isEqualTo(1);
    assertThat(timed("endpoint", "query_tasks", "outcome", "success", "code", "none")).isEqualTo(1);
    assertThat(registry.find(GatewayMetrics.CALLS).timer().totalTime(java.util.concurrent.TimeUnit.NANOSECONDS)).isPositive();
  }

  @Test
  @DisplayName("launches refused -37 at the concurrent-task limit are timed apart from the successful one")
  void concurrentTaskLimit() {
    emulator.platform().setConcurrentTaskLimit(1);

    assertThat(launch("metrics-first").isRight()).isTrue();
    assertThat(launch("metrics-second").isLeft()).isTrue();
    assertThat(launch("metrics-third").isLeft()).isTrue();

    assertThat(timed("endpoint", "launch", "outcome", "success")).isEqualTo(1);
    assertThat(timed("endpoint", "launch", "outcome", "rejected", "code", "-37")).isEqualTo(2);
    assertThat(count(GatewayMetrics.RETRIES)).isZero();
    assertThat(count(GatewayMetrics.ATTEMPTS, "endpoint", "launch")).isEqualTo(3);
  }

  @Test
  @DisplayName("no gauge, and no tag holds a secret, a number or free text")
  void boundedMeters() {
    launch("metrics-tags");

    assertThat(registry.getMeters()).noneMatch(meter -> meter.getId().getType() == Meter.Type.GAUGE);
    assertThat(registry.getMeters()).flatExtracting(meter -> meter.getId().getTags())
        .allSatisfy(tag -> assertThat(tag.getValue()).matches("[a-z_]+|-?\\d{1,3}"))
        .noneSatisfy(tag -> assertThat(tag.getValue()).contains(SECRET));
  }
}
