package io.voicecampaign.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.voicecampaign.domain.shared.InvalidValueException;
import io.voicecampaign.domain.shared.Violation;
import java.time.LocalTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("CallWindow: HH:mm-HH:mm, within one day")
class CallWindowTest {

  private static final String TIME_RULE = "must be a time HH:mm from 00:00 to 23:59";

  @ParameterizedTest(name = "{0}-{1} is accepted")
  @CsvSource({"00:00, 23:59", "18:28, 19:28", "09:00, 09:01", "23:58, 23:59"})
  @DisplayName("any start before its end within 00:00-23:59 is accepted")
  void accepted(String start, String end) {
    CallWindow window = CallWindow.validate("callWindows[0]", start, end).get();

    assertThat(window.startText()).isEqualTo(start);
    assertThat(window.endText()).isEqualTo(end);
    assertThat(window).hasToString(start + "-" + end);
  }

  @ParameterizedTest(name = "\"{0}\" is not HH:mm")
  @ValueSource(strings = {"24:00", "23:60", "9:00", "09:0", "0900", "09.00", "09:00:00", "", " 9:00", "-1:00", "ab:cd", "０９:００"})
  @DisplayName("anything but HH:mm from 00:00 to 23:59 is refused at .start, with 24:00 not read as midnight")
  void badStart(String text) {
    assertThat(CallWindow.validate("callWindows[1]", text, "23:59").getError())
        .isEqualTo(new Violation("callWindows[1].start", text, TIME_RULE));
  }

  @Test
  @DisplayName("22:00-24:00 is a bad end, not a window crossing midnight")
  void endOfDay() {
    assertThat(CallWindow.validate("callWindows[0]", "22:00", "24:00").getError())
        .isEqualTo(new Violation("callWindows[0].end", "24:00", TIME_RULE));
  }

  @Test
  @DisplayName("a missing end is required")
  void missingEnd() {
    assertThat(CallWindow.validate("callWindows[0]", "09:00", null).getError())
        .isEqualTo(Violation.of("callWindows[0].end", null, "is required"));
  }

  @Test
  @DisplayName("both bad ends are reported together")
  void bothEnds() {
    assertThat(CallWindow.problems("callWindows[2]", "25:00", "x"))
        .extracting(Violation::path).containsExactly("callWindows[2].start", "callWindows[2].end");
  }

  @ParameterizedTest(name = "{0}-{1} is refused")
  @CsvSource({"19:28, 18:28", "10:00, 10:00", "22:00, 06:00", "00:00, 00:00"})
  @DisplayName("a start not before its end (an empty or overnight window) is refused at the window's path")
  void order(String start, String end) {
    assertThat(CallWindow.validate("callWindows[0]", start, end).getError())
        .isEqualTo(new Violation("callWindows[0]", start + "-" + end,
            "start must be before end (a window cannot cross midnight: split it in two)"));
  }

  @Test
  @DisplayName("the constructor refuses seconds instead of cutting them")
  void wholeMinutes() {
    assertThat(new CallWindow(LocalTime.of(9, 0), LocalTime.of(17, 30)).endText()).isEqualTo("17:30");
    assertThatThrownBy(() -> new CallWindow(LocalTime.of(9, 0, 30), LocalTime.of(17, 0)))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.violations().head().path()).isEqualTo("window.start"));
    assertThatThrownBy(() -> CallWindow.of("10:00", "09:00")).isInstanceOf(InvalidValueException.class);
  }

  @Test
  @DisplayName("contains its start minute but not its end minute")
  void contains() {
    CallWindow window = CallWindow.of("09:00", "17:00");

    assertThat(window.contains(LocalTime.of(9, 0))).isTrue();
    assertThat(window.contains(LocalTime.of(16, 59, 59))).isTrue();
    assertThat(window.contains(LocalTime.of(17, 0))).isFalse();
    assertThat(window.contains(LocalTime.of(8, 59))).isFalse();
  }
}
