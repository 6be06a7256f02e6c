package io.voicecampaign.adapter.http.core;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Clamps a {@code Retry-After} of delay-seconds too long for an {@code int} to the longest wait the
 * SDK reads. OkHttp parses that header itself on a 503, with {@code Integer.valueOf}, and a value such
 * as 23 digits would end the call in its {@code NumberFormatException} instead of an answer.
 */
final class RetryAfterClamp implements Interceptor {

  private static final int MAX_INT_DIGITS = 9;

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    String value = response.header("Retry-After");
    if (value == null) {
      return response;
    }
    String trimmed = value.strip();
    boolean tooLong = trimmed.length() > MAX_INT_DIGITS && trimmed.chars().allMatch(c -> c >= '0' && c <= '9');
    return tooLong
        ? response.newBuilder().header("Retry-After", Long.toString(CallRunner.LONGEST_RETRY_AFTER.toSeconds())).build()
        : response;
  }
}
