package io.voicecampaign.adapter.fake.gateway;

import io.voicecampaign.adapter.fake.fault.Fault;
import io.voicecampaign.adapter.fake.platform.Reply;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Turns the simulated platform's replies into what a gateway returns: codes are classified by
 * {@link GatewayFailure#fromPlatform}, as over HTTP; lost answers become the matching transport failure.
 */
final class Replies {

  private Replies() {}

  static <T> Either<GatewayFailure, T> toEither(Reply<T> reply) {
    if (reply instanceof Reply.Ok<T> ok) {
      return Either.right(ok.value());
    }
    if (reply instanceof Reply.Refused<T> refused) {
      return Either.left(GatewayFailure.fromPlatform(refused.code(), refused.reason()));
    }
    return Either.left(lost(((Reply.Interrupted<T>) reply).fault()));
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
