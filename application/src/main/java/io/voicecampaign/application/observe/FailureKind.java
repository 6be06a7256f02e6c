package io.voicecampaign.application.observe;

import io.voicecampaign.application.port.out.GatewayFailure;
import java.util.Locale;

/** The type of a {@link GatewayFailure}, without its message: one constant per record of the sealed set. */
public enum FailureKind {
  /** {@link GatewayFailure.Rejected}. */
  REJECTED,
  /** {@link GatewayFailure.InvalidRequest}. */
  INVALID_REQUEST,
  /** {@link GatewayFailure.Unauthorized}. */
  UNAUTHORIZED,
  /** {@link GatewayFailure.IpNotAllowed}. */
  IP_NOT_ALLOWED,
  /** {@link GatewayFailure.ClockSkew}. */
  CLOCK_SKEW,
  /** {@link GatewayFailure.Unavailable}. */
  UNAVAILABLE,
  /** {@link GatewayFailure.TimedOut}. */
  TIMED_OUT,
  /** {@link GatewayFailure.OutcomeUnknown}. */
  OUTCOME_UNKNOWN,
  /** {@link GatewayFailure.MalformedResponse}. */
  MALFORMED_RESPONSE;

  private final String tag = name().toLowerCase(Locale.ROOT);

  /** The kind of {@code failure}. */
  public static FailureKind of(GatewayFailure failure) {
    if (failure instanceof GatewayFailure.Rejected) {
      return REJECTED;
    } else if (failure instanceof GatewayFailure.InvalidRequest) {
      return INVALID_REQUEST;
    } else if (failure instanceof GatewayFailure.Unauthorized) {
      return UNAUTHORIZED;
    } else if (failure instanceof GatewayFailure.IpNotAllowed) {
      return IP_NOT_ALLOWED;
    } else if (failure instanceof GatewayFailure.ClockSkew) {
      return CLOCK_SKEW;
    } else if (failure instanceof GatewayFailure.Unavailable) {
      return UNAVAILABLE;
    } else if (failure instanceof GatewayFailure.TimedOut) {
      return TIMED_OUT;
    } else if (failure instanceof GatewayFailure.OutcomeUnknown) {
      return OUTCOME_UNKNOWN;
    }
    return MALFORMED_RESPONSE;
  }

  /** The name in lower case ({@code timed_out}), as a metric tag or log field. */
  public String tag() {
    return tag;
  }
}
