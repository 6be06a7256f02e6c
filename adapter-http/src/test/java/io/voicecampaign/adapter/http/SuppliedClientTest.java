package io.voicecampaign.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.adapter.http.config.HttpConfig;
import io.voicecampaign.adapter.http.config.RetryPolicy;
import io.voicecampaign.application.testing.VirtualClock;
import io.voicecampaign.domain.shared.TimeRange;
import io.voicecampaign.domain.task.TaskQuery;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.SocketFactory;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A supplied OkHttpClient and the platform zone are honoured")
class SuppliedClientTest {

  @StartStop
  final MockWebServer server = HttpFixtures.server();

  private final VirtualClock time = HttpFixtures.seedTime();

  @Test
  @DisplayName("the supplied client's interceptors run, unsigned, and the client itself is left unchanged")
  void suppliedClient() throws InterruptedException {
    AtomicInteger seenSigned = new AtomicInteger();
    OkHttpClient supplied = new OkHttpClient.Builder()
        .readTimeout(Duration.ofMinutes(5))
        .addInterceptor(chain -> {
          if (chain.request().header("Sign") != null) {
            seenSigned.incrementAndGet();
          }
          return chain.proceed(chain.request().newBuilder().header("X-Trace", "abc").build());
        })
        .build();
    HttpConfig config = HttpFixtures.config(server, time).okHttpClient(supplied).build();
    server.enqueue(HttpFixtures.json(HttpFixtures.SEED_QUERY_ANSWER));

    HttpVoiceCampaigns.gateways(config, time).groupCalls().queryTasks(TaskQuery.within(TimeRange.between(Instant.EPOCH, Instant.EPOCH), 10));

    RecordedRequest request = server.takeRequest();
    assertThat(request.getHeaders().get("X-Trace")).isEqualTo("abc");
    assertThat(request.getHeaders().get("Sign")).isEqualTo(HttpFixtures.SEED_SIGN);
    assertThat(seenSigned).as("the user's interceptors run before signing and never see the Sign").hasValue(0);
    assertThat(supplied.interceptors()).hasSize(1);
    assertThat(supplied.readTimeoutMillis()).isEqualTo(300_000);
  }

  @Test
  @DisplayName("the configured read timeout applies to reads made with a supplied client")
  void configuredTimeoutsWin() {
    OkHttpClient supplied = new OkHttpClient.Builder().readTimeout(Duration.ofMinutes(5)).build();
    HttpConfig config = HttpFixtures.config(server, time).okHttpClient(supplied).readTimeout(Duration.ofMillis(300))
        .retryPolicy(RetryPolicy.none()).build();
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());

    long start = System.nanoTime();
    HttpVoiceCampaigns.gateways(config, time).groupCalls().queryTasks(TaskQuery.within(TimeRange.between(Instant.EPOCH, Instant.EPOCH), 10));

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  @DisplayName("date-times are written and read in the configured platform zone")
  void platformZone() throws InterruptedException {
    HttpConfig config = HttpFixtures.config(server, time).platformZone(ZoneOffset.UTC).build();
    server.enqueue(HttpFixtures.json(HttpFixtures.SEED_QUERY_ANSWER));

    Instant created = HttpVoiceCampaigns.gateways(config, time).groupCalls()
        .queryTasks(TaskQuery.within(TimeRange.between(Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-01-01T01:00:00Z")), 10))
        .get().records().single().createdTime().get();

    assertThat(server.takeRequest().getBody().utf8()).contains("\"strTime\":\"2024-01-01 00:00:00\",\"endTime\":\"2024-01-01 01:00:00\"");
    assertThat(created).isEqualTo(Instant.parse("2024-06-04T14:49:36Z"));
  }

  @Test
  @DisplayName("sockets from the supplied client's own factory get Nagle's algorithm turned off")
  void noDelay() {
    List<Socket> made = new CopyOnWriteArrayList<>();
    SocketFactory plain = SocketFactory.getDefault();
    OkHttpClient supplied = new OkHttpClient.Builder().socketFactory(new SocketFactory() {
      @Override
      public Socket createSocket() throws IOException {
        Socket socket = plain.createSocket();
        made.add(socket);
        return socket;
      }

      @Override
      public Socket createSocket(String host, int port) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Socket createSocket(String host, int port, InetAddress localHost, int localPort) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Socket createSocket(InetAddress host, int port) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) {
        throw new UnsupportedOperationException();
      }
    }).build();
    HttpConfig config = HttpFixtures.config(server, time).okHttpClient(supplied).build();
    server.enqueue(HttpFixtures.json(HttpFixtures.SEED_QUERY_ANSWER));

    HttpVoiceCampaigns.gateways(config, time).groupCalls()
        .queryTasks(TaskQuery.within(TimeRange.between(Instant.EPOCH, Instant.EPOCH), 10)).get();

    assertThat(made).isNotEmpty().allSatisfy(socket -> assertThat(socket.getTcpNoDelay()).isTrue());
    assertThat(config.toString()).contains("okHttpClient=supplied");
  }
}
