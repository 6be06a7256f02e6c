package io.voicecampaign.application.observe;

import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.domain.shared.PlatformCode;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Why an attempt or a call failed, as far as it can be told without any of the failure's text: its
 * kind and, when the platform answered with one, its code ({@code -18} for an unavailable platform,
 * {@code -37} for a refusal at the concurrent-task limit). It carries no message, so no secret, Sign
 * or phone number can reach a listener through it.
 *
 * @param kind the failure's type
 * @param code the platform's code, when the platform answered with a non-zero one
 */
public record FailureReason(FailureKind kind, Option<PlatformCode> code) {

  public FailureReason {
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(code, "code == null");
  }

  /** The reason of {@code failure}, with the code a {@link GatewayFailure.Rejected} carries. */
  public static FailureReason of(GatewayFailure failure) {
    Objects.requireNonNull(failure, "failure == null");
    Option<PlatformCode> code = failure instanceof GatewayFailure.Rejected rejected ? Option.some(rejected.code()) : Option.none();
    return new FailureReason(FailureKind.of(failure), code);
  }

  /** The reason of {@code failure}, answered with the platform's {@code code} (none when zero). */
  public static FailureReason of(GatewayFailure failure, PlatformCode code) {
    Objects.requireNonNull(failure, "failure == null");
    Objects.requireNonNull(code, "code == null");
    return new FailureReason(FailureKind.of(failure), code.code() == 0 ? Option.none() : Option.some(code));
  }

  /** The code as text ({@code "-18"}), or {@code "none"}, as a metric tag or log field. */
  public String codeTag() {
    return code.map(c -> Integer.toString(c.code())).getOrElse("none");
  }

  @Override
  public String toString() {
    return kind + code.map(c -> "(" + c.code() + ")").getOrElse("");
  }
}
