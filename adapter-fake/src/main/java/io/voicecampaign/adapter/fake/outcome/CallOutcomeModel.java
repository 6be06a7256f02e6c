package io.voicecampaign.adapter.fake.outcome;

import io.voicecampaign.domain.campaign.Callee;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Decides how each simulated call ends. The simulator asks once per call, in the order the callees
 * are dialled, and passes a random generator seeded from the platform's seed and the task's id: a
 * model that draws only from it (and from its arguments) makes every run with the same seed and the
 * same sequence of operations end the same way.
 *
 * <p>Implementations must be thread-safe (stateless is simplest) and fast: a large simulation asks
 * millions of times. Return shared {@link CallOutcome} instances.
 */
@FunctionalInterface
public interface CallOutcomeModel {

  /**
   * The outcome of calling {@code callee}.
   *
   * @param callee  who is called
   * @param attempt 0 for the campaign's own task, 1 for the first recall attempt, and so on
   * @param random  the task's seeded generator; draw from it only, never from a global source
   */
  CallOutcome outcome(Callee callee, int attempt, RandomGenerator random);

  /** A model in which every call ends with {@code outcome}. */
  static CallOutcomeModel always(CallOutcome outcome) {
    Objects.requireNonNull(outcome, "outcome == null");
    return (callee, attempt, random) -> outcome;
  }
}
