package io.voicecampaign.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Violation")
class ViolationTest {

  @Test
  @DisplayName("carries the path, the value as text and the rule")
  void carriesPathValueRule() {
    Violation violation = Violation.of("callees[1834].number", 12345, "must be 6-18 digits");

    assertThat(violation.path()).isEqualTo("callees[1834].number");
    assertThat(violation.value()).isEqualTo("12345");
    assertThat(violation.rule()).isEqualTo("must be 6-18 digits");
    assertThat(violation).hasToString("callees[1834].number: '12345' violates: must be 6-18 digits");
  }

  @Test
  @DisplayName("an absent value stays null and reads as <absent>")
  void absentValue() {
    Violation violation = Violation.of("appId", null, "is required");

    assertThat(violation.value()).isNull();
    assertThat(violation).hasToString("appId: <absent> violates: is required");
  }

  @Test
  @DisplayName("under() places the path below a parent")
  void under() {
    assertThat(Violation.of("attempts", 11, "must be 1-10").under("recallPlan").path()).isEqualTo("recallPlan.attempts");
  }

  @Test
  @DisplayName("path and rule are required")
  void required() {
    assertThatNullPointerException().isThrownBy(() -> new Violation(null, "v", "rule")).withMessage("path == null");
    assertThatNullPointerException().isThrownBy(() -> new Violation("p", "v", null)).withMessage("rule == null");
  }
}
