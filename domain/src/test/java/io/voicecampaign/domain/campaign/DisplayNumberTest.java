package io.voicecampaign.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.domain.shared.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("DisplayNumber: 0-20 digits")
class DisplayNumberTest {

  @ParameterizedTest(name = "\"{0}\" is accepted")
  @ValueSource(strings = {"", "1", "1008122211", "12345678901234567890"})
  @DisplayName("0 and 20 digits are accepted; empty lets the platform choose")
  void accepted(String digits) {
    assertThat(DisplayNumber.validate("displayNumber", digits).get()).hasToString(digits);
  }

  @ParameterizedTest(name = "\"{0}\" is refused")
  @ValueSource(strings = {"123456789012345678901", "+1008122211", "100 812", "10081222a1"})
  @DisplayName("21 digits and non-digits are refused with path, value and rule")
  void refused(String digits) {
    assertThat(DisplayNumber.validate("displayNumber", digits).getError())
        .isEqualTo(new Violation("displayNumber", digits, "must be 0-20 digits"));
  }

  @Test
  @DisplayName("null is not a display number: leave it unset instead")
  void nullRefused() {
    assertThat(DisplayNumber.validate("displayNumber", null).getError().rule()).isEqualTo("is required (use an empty string for none)");
  }
}
