package io.voicecampaign.domain.recall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.voicecampaign.domain.shared.AgentId;
import io.voicecampaign.domain.shared.InvalidValueException;
import io.voicecampaign.domain.shared.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("RecallPlan")
class RecallPlanTest {

  private static RecallPlan.Builder plan() {
    return RecallPlan.builder().type(RecallType.FAILED).intervalMinutes(30).attempts(3);
  }

  private static Seq<Violation> violations(RecallPlan.Builder builder) {
    return builder.build().getError();
  }

  @ParameterizedTest(name = "{0} minutes are accepted")
  @ValueSource(ints = {1, 1440})
  @DisplayName("an interval of 1 and 1440 minutes is accepted")
  void intervalAccepted(int minutes) {
    assertThat(plan().intervalMinutes(minutes).build().get().intervalMinutes()).isEqualTo(minutes);
  }

  @ParameterizedTest(name = "{0} minutes are refused")
  @ValueSource(ints = {0, 1441})
  @DisplayName("an interval of 0 and 1441 minutes is refused with path, value and rule")
  void intervalRefused(int minutes) {
    assertThat(violations(plan().intervalMinutes(minutes)))
        .containsExactly(Violation.of("recallPlan.intervalMinutes", minutes, "must be 1-1440 minutes"));
  }

  @ParameterizedTest(name = "{0} attempts are accepted")
  @ValueSource(ints = {1, 10})
  @DisplayName("1 and 10 attempts are accepted")
  void attemptsAccepted(int attempts) {
    assertThat(plan().attempts(attempts).build().get().attempts()).isEqualTo(attempts);
  }

  @ParameterizedTest(name = "{0} attempts are refused")
  @ValueSource(ints = {0, 11})
  @DisplayName("0 and 11 attempts are refused with path, value and rule")
  void attemptsRefused(int attempts) {
    assertThat(violations(plan().attempts(attempts)))
        .containsExactly(Violation.of("recallPlan.attempts", attempts, "must be 1-10"));
  }

  @Test
  @DisplayName("BY_INTENT needs at least one intent code; one is enough")
  void byIntent() {
    assertThat(violations(plan().type(RecallType.BY_INTENT)))
        .containsExactly(new Violation("recallPlan.intents", "[]", "must hold at least one intent code when the type is BY_INTENT"));
    assertThat(plan().type(RecallType.BY_INTENT).intents("101").build().get().intents()).containsExactly(IntentCode.of("101"));
  }

  @Test
  @DisplayName("ALL and FAILED need no intent")
  void otherTypes() {
    assertThat(plan().type(RecallType.ALL).build().isValid()).isTrue();
    assertThat(plan().type(RecallType.FAILED).build().isValid()).isTrue();
  }

  @Test
  @DisplayName("an undocumented or missing type is refused")
  void types() {
    assertThat(violations(plan().type(RecallType.of(2))))
        .containsExactly(Violation.of("recallPlan.type", "unknown(2)", "must be ALL (0), FAILED (1) or BY_INTENT (3)"));
    assertThat(violations(RecallPlan.builder().intervalMinutes(1).attempts(1)))
        .containsExactly(Violation.of("recallPlan.type", null, "is required"));
  }

  @Test
  @DisplayName("agents: none, or exactly one per attempt")
  void agents() {
    assertThat(plan().build().get().agents()).isEmpty();
    assertThat(plan().agents(1, 2, 3).build().get().agents()).containsExactly(AgentId.of(1), AgentId.of(2), AgentId.of(3));
    assertThat(violations(plan().agents(1, 2, 3, 4)))
        .containsExactly(new Violation("recallPlan.agents", "4 agents", "must name one agent per attempt (3) or none to use the campaign's agent"));
    assertThat(violations(plan().agents(1, 0, 3)))
        .containsExactly(Violation.of("recallPlan.agents[1]", 0, "must be a positive id"));
  }

  @Test
  @DisplayName("withDefaultAgent fills every attempt only when no agent is named")
  void defaultAgent() {
    RecallPlan none = plan().build().get();
    RecallPlan named = plan().agents(7, 8, 9).build().get();

    assertThat(none.withDefaultAgent(AgentId.of(41)).agents()).containsExactly(AgentId.of(41), AgentId.of(41), AgentId.of(41));
    assertThat(named.withDefaultAgent(AgentId.of(41))).isSameAs(named);
  }

  @Test
  @DisplayName("bad intent codes are reported at their index")
  void badIntents() {
    assertThat(violations(plan().type(RecallType.BY_INTENT).intents("101", " ", null)))
        .extracting(Violation::path).containsExactly("recallPlan.intents[1]", "recallPlan.intents[2]");
  }

  @Test
  @DisplayName("every problem is reported at once, under the path asked for")
  void everyProblem() {
    assertThat(RecallPlan.builder().type(RecallType.BY_INTENT).intervalMinutes(0).attempts(11).agents(1).build("flow").getError())
        .extracting(Violation::path).containsExactly("flow.intents", "flow.intervalMinutes", "flow.attempts", "flow.agents");
  }

  @Test
  @DisplayName("the constructor holds the same rules")
  void constructor() {
    assertThatThrownBy(() -> new RecallPlan(RecallType.ALL, 0, 11, List.empty(), List.empty()))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(Violation::path).containsExactly("recallPlan.intervalMinutes", "recallPlan.attempts"));
  }
}
