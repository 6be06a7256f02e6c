package io.voicecampaign.adapter.http.core;

import io.voicecampaign.adapter.http.config.HttpConfig;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Stamps every call with {@code Api-Key}, {@code Timestamp} (epoch seconds on the platform's clock) and
 * {@code Sign}. It runs once per call, so every attempt of a retried operation is signed afresh.
 */
final class SigningInterceptor implements Interceptor {

  static final String API_KEY = "Api-Key";
  static final String TIMESTAMP = "Timestamp";
  static final String SIGN = "Sign";

  private final HttpConfig config;
  private final PlatformClock clock;

  SigningInterceptor(HttpConfig config, PlatformClock clock) {
    this.config = config;
    this.clock = clock;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    long timestamp = clock.now().getEpochSecond();
    Request signed = chain.request().newBuilder()
        .header(API_KEY, config.apiKey())
        .header(TIMESTAMP, Long.toString(timestamp))
        .header(SIGN, config.signature(timestamp))
        .build();
    return chain.proceed(signed);
  }
}
