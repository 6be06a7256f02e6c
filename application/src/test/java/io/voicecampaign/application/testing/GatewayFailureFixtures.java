package io.voicecampaign.application.testing;

import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.domain.shared.PlatformCode;
import io.vavr.control.Option;
import java.time.Duration;

/** One of each kind of gateway failure, retryable and not. */
public final class GatewayFailureFixtures {

  private GatewayFailureFixtures() {}

  /** The platform refused with {@code code} (retryable as the code says). */
  public static GatewayFailure rejected(PlatformCode code) {
    return new GatewayFailure.Rejected(code, code.meaning());
  }

  /** The platform could not be reached (retryable). */
  public static GatewayFailure unavailable() {
    return new GatewayFailure.Unavailable("connection refused", Option.none());
  }

  /** The platform is overloaded and asked to wait {@code retryAfter} (retryable). */
  public static GatewayFailure unavailable(Duration retryAfter) {
    return new GatewayFailure.Unavailable("HTTP 429", Option.some(retryAfter));
  }

  /** No answer within 10 seconds (retryable). */
  public static GatewayFailure timedOut() {
    return new GatewayFailure.TimedOut("read timed out", Duration.ofSeconds(10));
  }

  /** The credentials were refused (not retryable). */
  public static GatewayFailure unauthorized() {
    return new GatewayFailure.Unauthorized("authentication error");
  }

  /** A create whose result is not known (not retryable). */
  public static GatewayFailure outcomeUnknown() {
    return new GatewayFailure.OutcomeUnknown("connection reset after the request was sent");
  }

  /** An answer that could not be read (not retryable). */
  public static GatewayFailure malformed() {
    return new GatewayFailure.MalformedResponse("expected a number at $.data.total", "{\"code\":0,\"data\":{\"total\":\"x\"");
  }
}
