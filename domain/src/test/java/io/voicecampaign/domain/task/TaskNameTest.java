package io.voicecampaign.domain.task;

import static io.voicecampaign.domain.fixtures.CampaignFixtures.chineseText;
import static io.voicecampaign.domain.fixtures.CampaignFixtures.nonBmpText;
import static io.voicecampaign.domain.fixtures.CampaignFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.voicecampaign.domain.shared.InvalidValueException;
import io.voicecampaign.domain.shared.Violation;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("TaskName: 2-64 characters")
class TaskNameTest {

  private static final String LENGTH_RULE = "must be 2-64 characters, counted in UTF-16 units";

  static Stream<Arguments> validNames() {
    return Stream.of(
        Arguments.of("2 ASCII", text(2)),
        Arguments.of("64 ASCII", text(64)),
        Arguments.of("2 Chinese", chineseText(2)),
        Arguments.of("64 Chinese", chineseText(64)),
        Arguments.of("1 non-BMP (2 UTF-16 units)", nonBmpText(1)),
        Arguments.of("32 non-BMP (64 UTF-16 units)", nonBmpText(32)),
        Arguments.of("inner spaces", "spring renewals"));
  }

  @ParameterizedTest(name = "{0} is accepted")
  @MethodSource("validNames")
  @DisplayName("2 and 64 characters are accepted, counting UTF-16 units as a Java platform does")
  void accepted(String label, String name) {
    assertThat(TaskName.validate("taskName", name).get().value()).isEqualTo(name);
    assertThat(TaskName.of(name).value()).isEqualTo(name);
  }

  static Stream<Arguments> invalidLengths() {
    return Stream.of(
        Arguments.of("empty", ""),
        Arguments.of("1 ASCII", text(1)),
        Arguments.of("65 ASCII", text(65)),
        Arguments.of("1 Chinese", chineseText(1)),
        Arguments.of("65 Chinese", chineseText(65)),
        Arguments.of("33 non-BMP (66 UTF-16 units)", nonBmpText(33)));
  }

  @ParameterizedTest(name = "{0} is refused")
  @MethodSource("invalidLengths")
  @DisplayName("1 and 65 characters are refused with path, value and rule")
  void refusedLength(String label, String name) {
    assertThat(TaskName.validate("taskName", name).getError()).isEqualTo(new Violation("taskName", name, LENGTH_RULE));
  }

  @ParameterizedTest(name = "\"{0}\" is refused")
  @ValueSource(strings = {"  ", "\t\t\t"})
  @DisplayName("a blank name is refused")
  void blank(String name) {
    assertThat(TaskName.validate("taskName", name).getError().rule()).isEqualTo("must not be blank");
  }

  @ParameterizedTest(name = "\"{0}\" is refused")
  @ValueSource(strings = {" renewals", "renewals ", "renewals\n"})
  @DisplayName("surrounding whitespace is refused, since the name must be found again by exact match")
  void surroundingWhitespace(String name) {
    assertThat(TaskName.validate("taskName", name).getError().rule()).isEqualTo("must have no leading or trailing whitespace");
  }

  static Stream<Arguments> unstorableNames() {
    return Stream.of(
        Arguments.of("lone high surrogate", "lone\uD83D", "must not contain a lone surrogate (U+D83D at index 4)"),
        Arguments.of("lone low surrogate", "lo\uDCDEne", "must not contain a lone surrogate (U+DCDE at index 2)"),
        Arguments.of("swapped pair", "x\uDCDE\uD83Dx", "must not contain a lone surrogate (U+DCDE at index 1)"),
        Arguments.of("NUL", "re\u0000newals", "must not contain control characters (U+0000 at index 2)"),
        Arguments.of("inner tab", "spring\trenewals", "must not contain control characters (U+0009 at index 6)"),
        Arguments.of("DEL", "spring\u007F", "must not contain control characters (U+007F at index 6)"),
        Arguments.of("C1 control", "a\u0085b", "must not contain control characters (U+0085 at index 1)"));
  }

  @ParameterizedTest(name = "{0} is refused")
  @MethodSource("unstorableNames")
  @DisplayName("a name the platform could not store as sent (control characters, lone surrogates) is refused at its index")
  void unstorable(String label, String name, String rule) {
    assertThat(TaskName.validate("taskName", name).getError()).isEqualTo(new Violation("taskName", name, rule));
  }

  @Test
  @DisplayName("a missing name is required, and the constructor throws with every violation")
  void missing() {
    assertThat(TaskName.validate("taskName", null).getError()).isEqualTo(Violation.of("taskName", null, "is required"));
    assertThatThrownBy(() -> TaskName.of("x"))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.violations()).containsExactly(new Violation("taskName", "x", LENGTH_RULE)));
  }
}
