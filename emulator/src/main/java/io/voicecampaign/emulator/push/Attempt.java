package io.voicecampaign.emulator.push;

import java.time.Instant;
import java.util.Objects;

/**
 * One delivery attempt of a batch.
 *
 * @param platformTime the platform clock when it was made; a retry falls due 30 minutes after it
 * @param wallTime     this machine's clock when it was made
 * @param outcome      the answer, or why there was none
 */
public record Attempt(Instant platformTime, Instant wallTime, Outcome outcome) {
  public Attempt {
    Objects.requireNonNull(platformTime, "platformTime == null");
    Objects.requireNonNull(wallTime, "wallTime == null");
    Objects.requireNonNull(outcome, "outcome == null");
  }
}
