package io.voicecampaign.adapter.http.core;

import io.voicecampaign.application.port.out.GatewayFailure;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** The judged result of one call: the platform accepted it, or a typed failure with what is known about it. */
sealed interface Outcome {

  /**
   * The platform answered code 0.
   *
   * @param envelope the answer, its data still raw
   */
  record Accepted(Envelope envelope) implements Outcome {
    public Accepted {
      Objects.requireNonNull(envelope, "envelope == null");
    }
  }

  /**
   * The call failed.
   *
   * @param failure    the failure as callers see it
   * @param delivery   whether the platform may have acted on the request
   * @param passing    true when the same call may succeed later (transport trouble, 429, 5xx, -18)
   * @param retryAfter the wait the platform asked for, if any
   * @param clockSkew  true when the platform refused the timestamp (-16)
   * @param serverDate the platform's time from its {@code Date} header, unless the answer was cached
   */
  record Failed(GatewayFailure failure, Delivery delivery, boolean passing, Option<Duration> retryAfter,
      boolean clockSkew, Option<Instant> serverDate) implements Outcome {
    public Failed {
      Objects.requireNonNull(failure, "failure == null");
      Objects.requireNonNull(delivery, "delivery == null");
      Objects.requireNonNull(retryAfter, "retryAfter == null");
      Objects.requireNonNull(serverDate, "serverDate == null");
    }
  }
}
