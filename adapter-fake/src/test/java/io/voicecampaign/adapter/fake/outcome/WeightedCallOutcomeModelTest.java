package io.voicecampaign.adapter.fake.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.voicecampaign.domain.campaign.Callee;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WeightedCallOutcomeModelTest {

  private static final Callee CALLEE = Callee.of("463200000007");

  @Test
  @DisplayName("The same seed draws the same outcomes")
  void deterministicForASeed() {
    WeightedCallOutcomeModel model = WeightedCallOutcomeModel.standard();
    SplittableRandom one = new SplittableRandom(7);
    SplittableRandom two = new SplittableRandom(7);

    for (int i = 0; i < 1_000; i++) {
      assertThat(model.outcome(CALLEE, 0, one)).isSameAs(model.outcome(CALLEE, 0, two));
    }
  }

  @Test
  @DisplayName("Outcomes follow their weights and are shared instances")
  void followsWeights() {
    CallOutcome yes = CallOutcome.answered("101");
    CallOutcome no = CallOutcome.failed();
    WeightedCallOutcomeModel model = WeightedCallOutcomeModel.builder().add(3, yes).add(1, no).build();
    SplittableRandom random = new SplittableRandom(42);
    Map<CallOutcome, Integer> counts = new HashMap<>();

    for (int i = 0; i < 40_000; i++) {
      counts.merge(model.outcome(CALLEE, 0, random), 1, Integer::sum);
    }

    assertThat(counts).containsOnlyKeys(yes, no);
    assertThat(counts.get(yes)).isBetween(29_000, 31_000);
    assertThat(model.weights().map(w -> w._1)).containsExactly(3, 1);
  }

  @Test
  @DisplayName("The standard mix answers 55%, leaves 25% unanswered and fails 20%, with intents")
  void standardMix() {
    WeightedCallOutcomeModel model = WeightedCallOutcomeModel.standard();

    assertThat(model.weights().map(w -> w._1)).containsExactly(35, 20, 25, 20);
    assertThat(model.weights().map(w -> w._2.result()))
        .containsExactly(CallResult.ANSWERED, CallResult.ANSWERED, CallResult.NO_ANSWER, CallResult.FAILED);
    assertThat(model.weights().map(w -> w._2.intent().get().value())).containsExactly("101", "102", "99998", "99999");
  }

  @Test
  @DisplayName("Weights must be positive and a model needs an outcome")
  void builderRules() {
    assertThatThrownBy(() -> WeightedCallOutcomeModel.builder().add(0, CallOutcome.failed()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WeightedCallOutcomeModel.builder().build()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  @DisplayName("Only an answered call is a success")
  void success() {
    assertThat(CallOutcome.answered().isSuccess()).isTrue();
    assertThat(CallOutcome.noAnswer("99998").isSuccess()).isFalse();
    assertThat(CallOutcome.failed("99999").isSuccess()).isFalse();
    assertThat(CallOutcomeModel.always(CallOutcome.noAnswer()).outcome(CALLEE, 3, new SplittableRandom(1)))
        .isEqualTo(CallOutcome.noAnswer());
  }
}
