package io.voicecampaign.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.voicecampaign.domain.shared.InvalidValueException;
import io.voicecampaign.domain.shared.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("PhoneNumber: country code + number, 6-18 digits")
class PhoneNumberTest {

  private static final String RULE = "must be 6-18 digits: country code + number, no '+' or separators";

  @ParameterizedTest(name = "\"{0}\" is accepted")
  @ValueSource(strings = {"123456", "463200000007", "123456789012345678"})
  @DisplayName("6 and 18 digits are accepted")
  void accepted(String digits) {
    assertThat(PhoneNumber.validate("number", digits).get().digits()).isEqualTo(digits);
    assertThat(PhoneNumber.isValid(digits)).isTrue();
  }

  @ParameterizedTest(name = "\"{0}\" is refused")
  @ValueSource(strings = {"", "12345", "1234567890123456789", "+463200000007", "4632 0000 0007", "4632-00000007",
      "46320000000a", "４６３２００００", "463200000007 "})
  @DisplayName("5 or 19 digits, and anything but ASCII digits, are refused with path, value and rule")
  void refused(String digits) {
    assertThat(PhoneNumber.validate("callees[1834].number", digits).getError())
        .isEqualTo(new Violation("callees[1834].number", digits, RULE));
    assertThat(PhoneNumber.isValid(digits)).isFalse();
    assertThatThrownBy(() -> PhoneNumber.of(digits)).isInstanceOf(InvalidValueException.class).hasMessageContaining(RULE);
  }

  @Test
  @DisplayName("a missing number is required")
  void missing() {
    assertThat(PhoneNumber.validate("number", null).getError()).isEqualTo(Violation.of("number", null, "is required"));
    assertThat(PhoneNumber.isValid(null)).isFalse();
  }

  @Test
  @DisplayName("masked() keeps only the last four digits, for logs")
  void masked() {
    assertThat(PhoneNumber.of("463200000007").masked()).isEqualTo("********0007");
    assertThat(PhoneNumber.of("463200000007")).hasToString("463200000007");
  }
}
