package io.voicecampaign.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.voicecampaign.domain.shared.InvalidValueException;
import io.voicecampaign.domain.shared.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("call limits")
class LimitsTest {

  @Nested
  @DisplayName("MaxCallDuration: 1-999 seconds, default 300")
  class CallDuration {

    @ParameterizedTest(name = "{0} s is accepted")
    @ValueSource(ints = {1, 300, 999})
    @DisplayName("1 and 999 are accepted")
    void accepted(int seconds) {
      assertThat(MaxCallDuration.validate("maxCallDuration", seconds).get().seconds()).isEqualTo(seconds);
    }

    @ParameterizedTest(name = "{0} s is refused")
    @ValueSource(ints = {0, 1000, -1})
    @DisplayName("0 and 1000 are refused with path, value and rule")
    void refused(int seconds) {
      assertThat(MaxCallDuration.validate("maxCallDuration", seconds).getError())
          .isEqualTo(Violation.of("maxCallDuration", seconds, "must be 1-999 seconds"));
      assertThatThrownBy(() -> MaxCallDuration.ofSeconds(seconds)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    @DisplayName("the default is 300 s")
    void defaultValue() {
      assertThat(MaxCallDuration.DEFAULT.seconds()).isEqualTo(300);
    }
  }

  @Nested
  @DisplayName("MaxRingingTime: 10-120 seconds, default 60")
  class Ringing {

    @ParameterizedTest(name = "{0} s is accepted")
    @ValueSource(ints = {10, 60, 120})
    @DisplayName("10 and 120 are accepted")
    void accepted(int seconds) {
      assertThat(MaxRingingTime.validate("maxRingingTime", seconds).get().seconds()).isEqualTo(seconds);
    }

    @ParameterizedTest(name = "{0} s is refused")
    @ValueSource(ints = {9, 121, 0})
    @DisplayName("9 and 121 are refused with path, value and rule")
    void refused(int seconds) {
      assertThat(MaxRingingTime.validate("maxRingingTime", seconds).getError())
          .isEqualTo(Violation.of("maxRingingTime", seconds, "must be 10-120 seconds"));
      assertThatThrownBy(() -> MaxRingingTime.ofSeconds(seconds)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    @DisplayName("the default is 60 s")
    void defaultValue() {
      assertThat(MaxRingingTime.DEFAULT.seconds()).isEqualTo(60);
    }
  }

  @Nested
  @DisplayName("CalloutRate: at least 1, default 1")
  class Rate {

    @ParameterizedTest(name = "{0} is accepted")
    @ValueSource(ints = {1, 2, Integer.MAX_VALUE})
    @DisplayName("1 and more are accepted")
    void accepted(int multiplier) {
      assertThat(CalloutRate.validate("calloutRate", multiplier).get().multiplier()).isEqualTo(multiplier);
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(ints = {0, -1})
    @DisplayName("0 and below are refused with the same rule by validate() and the constructor")
    void refused(int multiplier) {
      Violation expected = Violation.of("calloutRate", multiplier, "must be at least 1");
      assertThat(CalloutRate.validate("calloutRate", multiplier).getError()).isEqualTo(expected);
      assertThatThrownBy(() -> CalloutRate.of(multiplier))
          .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations()).containsExactly(expected));
    }

    @Test
    @DisplayName("the default is 1")
    void defaultValue() {
      assertThat(CalloutRate.DEFAULT.multiplier()).isEqualTo(1);
    }
  }
}
