package io.voicecampaign.domain.recall;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("RecallSelection")
class RecallSelectionTest {

  private static final Option<IntentCode> NO_INTENT = Option.none();

  private static RecallSelection of(RecallType type, String... intents) {
    return RecallSelection.of(RecallPlan.builder().type(type).intervalMinutes(30).attempts(2).intents(intents).build().get());
  }

  private static Option<IntentCode> intent(String code) {
    return Option.some(IntentCode.of(code));
  }

  @Test
  @DisplayName("ALL redials every callee, answered or not, and says so")
  void all() {
    RecallSelection all = of(RecallType.ALL);

    assertThat(all.redialsEveryone()).isTrue();
    assertThat(all.redials(true, intent("101"))).isTrue();
    assertThat(all.redials(false, NO_INTENT)).isTrue();
  }

  @Test
  @DisplayName("FAILED redials exactly the calls that were not answered, whatever their intent")
  void failed() {
    RecallSelection failed = of(RecallType.FAILED, "101");

    assertThat(failed.redialsEveryone()).isFalse();
    assertThat(failed.redials(false, NO_INTENT)).isTrue();
    assertThat(failed.redials(false, intent("99999"))).isTrue();
    assertThat(failed.redials(true, NO_INTENT)).isFalse();
    assertThat(failed.redials(true, intent("101"))).as("an intent of the plan does not select for FAILED").isFalse();
  }

  @Test
  @DisplayName("BY_INTENT redials the calls whose intent is one of the plan's, answered or not; a call without an intent is not redialled")
  void byIntent() {
    RecallSelection byIntent = of(RecallType.BY_INTENT, "99998", "102");

    assertThat(byIntent.redialsEveryone()).isFalse();
    assertThat(byIntent.redials(false, intent("99998"))).isTrue();
    assertThat(byIntent.redials(true, intent("102"))).isTrue();
    assertThat(byIntent.redials(false, intent("99999"))).isFalse();
    assertThat(byIntent.redials(false, NO_INTENT)).isFalse();
    assertThat(byIntent.redials(true, NO_INTENT)).isFalse();
  }
}
