package io.voicecampaign.adapter.http.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.adapter.http.HttpFixtures;
import io.voicecampaign.adapter.http.config.HttpConfig;
import io.voicecampaign.adapter.http.config.RetryPolicy;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.application.testing.VirtualClock;
import io.voicecampaign.domain.shared.TimeRange;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.domain.task.TaskQuery;
import io.vavr.collection.List;
import java.time.Duration;
import java.time.Instant;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An answer that is not a platform envelope is judged by its HTTP status, never read as a platform code")
class ForeignAnswersTest {

  @StartStop
  final MockWebServer server = HttpFixtures.server();

  private final VirtualClock time = HttpFixtures.seedTime();
  private static final TaskQuery QUERY =
      TaskQuery.within(TimeRange.between(Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-01-02T00:00:00Z")), 10);

  private HttpGroupCallGateway gateway() {
    HttpConfig config = HttpFixtures.config(server, time).retryPolicy(RetryPolicy.builder().maxAttempts(3).seed(3).build()).build();
    return new HttpGroupCallGateway(HttpFixtures.transport(config, time));
  }

  private static MockResponse answer(int code, String body) {
    return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
  }

  @Test
  @DisplayName("Spring Boot's 500 on a read is Unavailable and retried, so the read succeeds")
  void spring500Retried() {
    server.enqueue(answer(500, ForeignAnswers.SPRING_500));
    server.enqueue(HttpFixtures.json(HttpFixtures.SEED_QUERY_ANSWER));

    assertThat(gateway().queryTasks(QUERY).isRight()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  @DisplayName("Spring Boot's 500 on a read, every time: Unavailable naming HTTP 500, not Rejected(unknown(500))")
  void spring500Unavailable() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(answer(500, ForeignAnswers.SPRING_500));
    }

    assertThat(gateway().queryTasks(QUERY).getLeft()).isInstanceOfSatisfying(GatewayFailure.Unavailable.class,
        failure -> assertThat(failure.message()).contains("HTTP 500"));
  }

  @Test
  @DisplayName("Spring Boot's 503 on a create is an outcome the launch must settle (Unavailable), not a refusal, and is not re-sent here")
  void spring503OnCreate() {
    server.enqueue(answer(503, ForeignAnswers.SPRING_503));

    assertThat(gateway().launch(HttpFixtures.seedCampaign()).getLeft()).isInstanceOf(GatewayFailure.Unavailable.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  @DisplayName("Spring Boot's 404 and 405 keep the configuration hint: check the base URL and the path prefix; nothing retried")
  void spring404And405() {
    server.enqueue(answer(404, ForeignAnswers.SPRING_404));
    server.enqueue(answer(405, ForeignAnswers.SPRING_405));

    assertThat(gateway().launch(HttpFixtures.seedCampaign()).getLeft()).isInstanceOfSatisfying(GatewayFailure.MalformedResponse.class,
        failure -> assertThat(failure.reason()).contains("HTTP 404", "check the base URL and the endpoint's path prefix"));
    assertThat(gateway().cancelTasks(List.of(TaskId.of(1))).getLeft()).isInstanceOfSatisfying(GatewayFailure.MalformedResponse.class,
        failure -> assertThat(failure.reason()).contains("HTTP 405", "check the base URL and the endpoint's path prefix"));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  @DisplayName("a proxy's HTML 502 and an empty 502 are Unavailable and retried as reads")
  void proxy502() {
    server.enqueue(new MockResponse.Builder().code(502).addHeader("Content-Type", "text/html").body(ForeignAnswers.NGINX_502).build());
    server.enqueue(new MockResponse.Builder().code(502).build());
    server.enqueue(HttpFixtures.json(HttpFixtures.SEED_QUERY_ANSWER));

    assertThat(gateway().queryTasks(QUERY).isRight()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  @DisplayName("a Retry-After of 23 digits is read as the longest wait, not the HTTP client's NumberFormatException")
  void overflowingRetryAfter() {
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "12345678901234567890123").build());
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "99999999999").build());

    GatewayFailure create = gateway().launch(HttpFixtures.seedCampaign()).getLeft();
    GatewayFailure read = gateway().queryTasks(QUERY).getLeft();

    assertThat(create).isInstanceOfSatisfying(GatewayFailure.Unavailable.class,
        failure -> assertThat(failure.retryAfter()).contains(Duration.ofDays(1)));
    assertThat(read).isInstanceOfSatisfying(GatewayFailure.Unavailable.class,
        failure -> assertThat(failure.retryAfter()).contains(Duration.ofDays(1)));
  }
}
