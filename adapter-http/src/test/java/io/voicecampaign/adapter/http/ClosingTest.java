package io.voicecampaign.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.adapter.http.config.HttpConfig;
import io.voicecampaign.application.port.in.task.ListTasksCommand;
import io.voicecampaign.application.testing.VirtualClock;
import io.voicecampaign.domain.shared.TimeRange;
import io.voicecampaign.domain.task.TaskQuery;
import java.time.Instant;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Closing the HTTP client releases what the SDK owns and nothing else")
class ClosingTest {

  private static final ListTasksCommand LIST =
      new ListTasksCommand(TaskQuery.within(TimeRange.between(Instant.EPOCH, Instant.EPOCH), 10));

  @StartStop
  final MockWebServer server = HttpFixtures.server();

  private final VirtualClock time = HttpFixtures.seedTime();

  @Test
  @DisplayName("the SDK's own client: pooled connections evicted, dispatcher threads ended")
  void ownClient() {
    server.enqueue(HttpFixtures.json(HttpFixtures.SEED_QUERY_ANSWER));
    HttpVoiceCampaigns sdk = HttpVoiceCampaigns.create(HttpFixtures.config(server, time).build(), time);
    assertThat(sdk.listTasks().page(LIST).isRight()).isTrue();
    assertThat(sdk.transport().pooledConnections()).as("pooled before closing").isEqualTo(1);
    assertThat(sdk.transport().isClosed()).isFalse();

    sdk.close();

    assertThat(sdk.transport().pooledConnections()).isZero();
    assertThat(sdk.transport().isClosed()).isTrue();
  }

  @Test
  @DisplayName("a supplied client stays its owner's: still running and still usable")
  void suppliedClient() {
    OkHttpClient supplied = new OkHttpClient();
    server.enqueue(HttpFixtures.json(HttpFixtures.SEED_QUERY_ANSWER));
    server.enqueue(HttpFixtures.json(HttpFixtures.SEED_QUERY_ANSWER));
    HttpConfig config = HttpFixtures.config(server, time).okHttpClient(supplied).build();
    try (HttpVoiceCampaigns sdk = HttpVoiceCampaigns.create(config, time)) {
      assertThat(sdk.listTasks().page(LIST).isRight()).isTrue();
    }

    assertThat(supplied.dispatcher().executorService().isShutdown()).isFalse();
    try (HttpVoiceCampaigns again = HttpVoiceCampaigns.create(config, time)) {
      assertThat(again.listTasks().page(LIST).isRight()).isTrue();
    }
  }
}
