package io.voicecampaign.reliability.fuzz;

import io.voicecampaign.adapter.fake.clock.VirtualClock;
import io.voicecampaign.adapter.http.HttpGateways;
import io.voicecampaign.adapter.http.HttpVoiceCampaigns;
import io.voicecampaign.adapter.http.config.HttpConfig;
import io.voicecampaign.adapter.http.config.RetryPolicy;
import io.voicecampaign.reliability.support.ReliabilityFixtures;
import java.time.Duration;
import okhttp3.OkHttpClient;

/**
 * The HTTP adapter wired to a supplied client whose {@link CannedAnswers} interceptor answers every
 * call in process. One instance serves every try of a property, as one long-lived SDK instance would
 * serve every answer of a misbehaving platform. Waits (backoff, {@code Retry-After}) pass on a virtual
 * clock and take no real time.
 */
final class InProcessPlatform {

  /** Largest answer read: 768 KiB, so that the megabyte of garbage also meets the size limit. */
  static final long MAX_RESPONSE_BYTES = 768 * 1024;

  private final CannedAnswers answers = new CannedAnswers();
  private final HttpGateways gateways;

  InProcessPlatform() {
    VirtualClock clock = VirtualClock.at(ReliabilityFixtures.START);
    OkHttpClient client = new OkHttpClient.Builder().addInterceptor(answers).build();
    HttpConfig config = ReliabilityFixtures.config("http://127.0.0.1:9/")
        .okHttpClient(client)
        .maxResponseBytes(MAX_RESPONSE_BYTES)
        .retryPolicy(RetryPolicy.builder().maxAttempts(3).baseDelay(Duration.ZERO).maxDelay(Duration.ZERO)
            .deadline(Duration.ofSeconds(30)).seed(11).build())
        .sleeper(clock::advance)
        .build();
    this.gateways = HttpVoiceCampaigns.gateways(config, clock);
  }

  /** The gateways under test. */
  HttpGateways gateways() {
    return gateways;
  }

  /** Answers {@code endpoint} with {@code answer}, other endpoints with {@code others} (null: none expected). */
  void answer(Endpoint endpoint, FuzzedAnswer answer, FuzzedAnswer others) {
    answers.answer(endpoint, answer, others);
  }

  /** Answers served so far. */
  long served() {
    return answers.served();
  }

  /** Requests to an endpoint that was not expected. */
  long unexpected() {
    return answers.unexpected();
  }
}
