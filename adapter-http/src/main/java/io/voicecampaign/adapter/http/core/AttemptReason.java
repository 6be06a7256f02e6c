package io.voicecampaign.adapter.http.core;

import io.voicecampaign.application.observe.FailureReason;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.domain.shared.PlatformCode;
import io.vavr.control.Either;

/**
 * The {@link FailureReason} of a failed attempt: the failure's kind, with the platform's code when the
 * answer carried one (a -18 becomes an unavailable platform, whose failure no longer names the code).
 * Read only for failed attempts, and only when someone listens.
 */
final class AttemptReason {

  private AttemptReason() {}

  static FailureReason of(Answer answer, GatewayFailure failure) {
    if (answer instanceof Answer.Received received && !received.oversized()) {
      Either<String, Envelope> envelope = EnvelopeReader.read(received.body(), null);
      if (envelope.isRight() && envelope.get().code() != 0) {
        return FailureReason.of(failure, PlatformCode.of(envelope.get().code()));
      }
    }
    return FailureReason.of(failure);
  }
}
