package io.voicecampaign.emulator.push;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * A batch as it stands: what was pushed where, and every attempt so far.
 *
 * @param id           the batch's label, as submitted
 * @param records      how many call reports it holds
 * @param target       where it is delivered
 * @param state        where it stands
 * @param attempts     every attempt, oldest first
 * @param nextAttempt  the platform time the next attempt falls due, while {@link PushState#RETRYING}
 * @param givenUpBecause why it is not sent again, once {@link PushState#GIVEN_UP}
 */
public record PushedBatch(String id, int records, PushTarget target, PushState state,
    Seq<Attempt> attempts, Option<Instant> nextAttempt, Option<String> givenUpBecause) {
  public PushedBatch {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(target, "target == null");
    Objects.requireNonNull(state, "state == null");
    Objects.requireNonNull(attempts, "attempts == null");
    Objects.requireNonNull(nextAttempt, "nextAttempt == null");
    Objects.requireNonNull(givenUpBecause, "givenUpBecause == null");
  }
}
