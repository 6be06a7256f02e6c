package io.voicecampaign.adapter.fake.gateway;

import io.voicecampaign.adapter.fake.platform.Reply;
import io.voicecampaign.application.observe.CallTrace;
import io.voicecampaign.application.observe.Endpoint;
import io.voicecampaign.application.observe.FailureReason;
import io.voicecampaign.application.observe.GatewayListeners;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.vavr.control.Either;
import java.util.function.Supplier;

/**
 * Runs one simulated call as the listeners would see it over HTTP: started, one attempt, failed (with
 * the platform's code when it refused) or decoded, finished. The simulator never retries.
 */
final class ObservedReplies {

  private final GatewayListeners listeners;

  ObservedReplies(GatewayListeners listeners) {
    this.listeners = listeners;
  }

  <T> Either<GatewayFailure, T> run(Endpoint endpoint, Supplier<Reply<T>> call) {
    CallTrace trace = listeners.start(endpoint);
    trace.attemptSent();
    Reply<T> reply = call.get();
    Either<GatewayFailure, T> result = Replies.toEither(reply);
    if (trace.isOn()) {
      if (result.isRight()) {
        trace.answerDecoded();
      } else if (reply instanceof Reply.Refused<T> refused) {
        trace.attemptFailed(FailureReason.of(result.getLeft(), refused.code()));
      } else {
        trace.attemptFailed(FailureReason.of(result.getLeft()));
      }
    }
    return trace.finish(result);
  }
}
