package io.voicecampaign.adapter.fake.outcome;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.Tuple2;
import io.voicecampaign.domain.campaign.Callee;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A model that picks each call's outcome at random with fixed weights, independent of the callee
 * and the attempt. One draw per call, no allocation.
 *
 * <p>{@link #standard()} is the simulator's default: 55% answered (intent "101" 35%, "102" 20%),
 * 25% no answer (intent "99998"), 20% failed (intent "99999"). The platform publishes no intent
 * table; these codes follow the examples on its pages, where a recall by the intents "99998" and
 * "99999" redials the calls that did not get through.
 */
public final class WeightedCallOutcomeModel implements CallOutcomeModel {

  private final CallOutcome[] outcomes;
  private final int[] cumulative;
  private final int total;

  private WeightedCallOutcomeModel(Seq<Tuple2<Integer, CallOutcome>> weighted) {
    this.outcomes = new CallOutcome[weighted.size()];
    this.cumulative = new int[weighted.size()];
    int sum = 0;
    for (int i = 0; i < outcomes.length; i++) {
      sum = Math.addExact(sum, weighted.get(i)._1);
      outcomes[i] = weighted.get(i)._2;
      cumulative[i] = sum;
    }
    this.total = sum;
  }

  /** The simulator's default mix (see the class description). */
  public static WeightedCallOutcomeModel standard() {
    return builder()
        .add(35, CallOutcome.answered("101"))
        .add(20, CallOutcome.answered("102"))
        .add(25, CallOutcome.noAnswer("99998"))
        .add(20, CallOutcome.failed("99999"))
        .build();
  }

  /** A builder collecting outcomes with their weights. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public CallOutcome outcome(Callee callee, int attempt, RandomGenerator random) {
    int draw = random.nextInt(total);
    int i = 0;
    while (cumulative[i] <= draw) {
      i++;
    }
    return outcomes[i];
  }

  /** The outcomes and their weights, in the order they were added. */
  public Seq<Tuple2<Integer, CallOutcome>> weights() {
    List<Tuple2<Integer, CallOutcome>> all = List.empty();
    int previous = 0;
    for (int i = 0; i < outcomes.length; i++) {
      all = all.append(new Tuple2<>(cumulative[i] - previous, outcomes[i]));
      previous = cumulative[i];
    }
    return all;
  }

  @Override
  public String toString() {
    return "WeightedCallOutcomeModel" + weights().mkString("[", ", ", "]");
  }

  /** Collects weighted outcomes; {@link #build()} needs at least one. */
  public static final class Builder {
    private List<Tuple2<Integer, CallOutcome>> weighted = List.empty();

    private Builder() {}

    /**
     * Adds {@code outcome} with {@code weight} (relative to the others).
     *
     * @throws IllegalArgumentException when the weight is not positive
     */
    public Builder add(int weight, CallOutcome outcome) {
      Objects.requireNonNull(outcome, "outcome == null");
      if (weight <= 0) {
        throw new IllegalArgumentException("weight must be positive: " + weight);
      }
      weighted = weighted.append(new Tuple2<>(weight, outcome));
      return this;
    }

    /**
     * The model.
     *
     * @throws IllegalStateException when no outcome was added
     */
    public WeightedCallOutcomeModel build() {
      if (weighted.isEmpty()) {
        throw new IllegalStateException("a weighted model needs at least one outcome");
      }
      return new WeightedCallOutcomeModel(weighted);
    }
  }
}
