package io.voicecampaign.adapter.fake.gateway;

import io.voicecampaign.adapter.fake.fault.Fault;
import io.voicecampaign.adapter.fake.platform.Reply;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.domain.shared.PlatformCode;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Turns the simulated platform's replies into what a gateway returns, classifying codes as
 * {@link GatewayFailure} documents: -1 unauthorized, -2 IP not allowed, -16 clock skew, -18
 * unavailable, any other code rejected; lost answers become the matching transport failure.
 */
final class Replies {

  private Replies() {}

  static <T> Either<GatewayFailure, T> toEither(Reply<T> reply) {
    if (reply instanceof Reply.Ok<T> ok) {
      return Either.right(ok.value());
    }
    if (reply instanceof Reply.Refused<T> refused) {
      return Either.left(refusal(refused.code(), refused.reason()));
    }
    return Either.left(lost(((Reply.Interrupted<T>) reply).fault()));
  }

  static GatewayFailure refusal(PlatformCode code, String reason) {
    switch (code.code()) {
      case -1:
        return new GatewayFailure.Unauthorized(reason);
      case -2:
        return new GatewayFailure.IpNotAllowed(reason);
      case -16:
        return new GatewayFailure.ClockSkew(reason);
      case -18:
        return new GatewayFailure.Unavailable("the platform reported a system exception (-18): " + reason, Option.none());
      default:
        return new GatewayFailure.Rejected(code, reason);
    }
  }

  private static GatewayFailure lost(Fault.Transport fault) {
    if (fault instanceof Fault.Unavailable unavailable) {
      return new GatewayFailure.Unavailable(unavailable.reason(), Option.none());
    }
    if (fault instanceof Fault.TimedOut timedOut) {
      return new GatewayFailure.TimedOut(timedOut.reason(), timedOut.after());
    }
    return new GatewayFailure.OutcomeUnknown(fault.reason());
  }
}
