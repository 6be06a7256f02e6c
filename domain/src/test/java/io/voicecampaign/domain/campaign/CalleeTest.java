package io.voicecampaign.domain.campaign;

import static io.voicecampaign.domain.fixtures.CampaignFixtures.chineseText;
import static io.voicecampaign.domain.fixtures.CampaignFixtures.nonBmpText;
import static io.voicecampaign.domain.fixtures.CampaignFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.voicecampaign.domain.shared.InvalidValueException;
import io.voicecampaign.domain.shared.Violation;
import io.vavr.control.Option;
import java.util.Collections;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Callee: a number and up to ten texts of at most 30 characters")
class CalleeTest {

  private static final String NUMBER = "463200000007";
  private static final String TEXT_RULE = "must be at most 30 characters, counted in UTF-16 units (the platform would cut it)";

  static Stream<Arguments> thirtyCharacters() {
    return Stream.of(Arguments.of("ASCII", text(30)), Arguments.of("Chinese", chineseText(30)),
        Arguments.of("non-BMP (30 UTF-16 units)", nonBmpText(15)));
  }

  @ParameterizedTest(name = "30 {0} characters are accepted")
  @MethodSource("thirtyCharacters")
  @DisplayName("a text of 30 characters is accepted, counting UTF-16 units")
  void thirty(String label, String text) {
    assertThat(Callee.check("callee", NUMBER, new String[] {text})).isEmpty();
    assertThat(Callee.of(NUMBER, text).text(1)).isEqualTo(Option.some(text));
  }

  static Stream<Arguments> thirtyOneCharacters() {
    return Stream.of(Arguments.of("ASCII", text(31)), Arguments.of("Chinese", chineseText(31)),
        Arguments.of("non-BMP (32 UTF-16 units)", nonBmpText(16)));
  }

  @ParameterizedTest(name = "31 {0} characters are refused")
  @MethodSource("thirtyOneCharacters")
  @DisplayName("a text of 31 characters is refused, not cut, with its position in the path")
  void thirtyOne(String label, String text) {
    assertThat(Callee.check("callees[7]", NUMBER, new String[] {"ok", null, text}))
        .containsExactly(new Violation("callees[7].text3", text, TEXT_RULE));
    assertThat(Callee.isValid(NUMBER, new String[] {text})).isFalse();
  }

  @Test
  @DisplayName("a text with a control character or a lone surrogate is refused at its position and index")
  void unstorable() {
    assertThat(Callee.check("callees[2]", NUMBER, new String[] {"EUR\n40", "x\uD800"}))
        .containsExactly(
            new Violation("callees[2].text1", "EUR\n40", "must not contain control characters (U+000A at index 3)"),
            new Violation("callees[2].text2", "x\uD800", "must not contain a lone surrogate (U+D800 at index 1)"));
    assertThat(Callee.isValid(NUMBER, new String[] {"EUR\n40"})).isFalse();
    assertThat(Callee.isValid(NUMBER, new String[] {"\uDCDE"})).isFalse();
    assertThat(Callee.isValid(NUMBER, new String[] {"\uD83D\uDCDE ok"})).isTrue();
  }

  @Test
  @DisplayName("ten texts are accepted, eleven are refused")
  void textCount() {
    String[] ten = Collections.nCopies(10, "t").toArray(String[]::new);
    String[] eleven = Collections.nCopies(11, "t").toArray(String[]::new);

    assertThat(Callee.of(NUMBER, ten).textCount()).isEqualTo(10);
    assertThat(Callee.check("callees[3]", NUMBER, eleven))
        .containsExactly(new Violation("callees[3].texts", "11 texts", "must be at most 10 texts (text1..text10)"));
    assertThat(Callee.isValid(NUMBER, eleven)).isFalse();
  }

  @Test
  @DisplayName("a bad number and a bad text are both reported")
  void everyProblem() {
    assertThatThrownBy(() -> Callee.of("12345", text(31)))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(Violation::path).containsExactly("callee.number", "callee.text1"));
    assertThat(Callee.check("callees[0]", null, null)).containsExactly(Violation.of("callees[0].number", null, "is required"));
  }

  @Test
  @DisplayName("texts are positional: a missing position is absent, trailing absent positions are dropped")
  void positional() {
    Callee callee = Callee.of(NUMBER, null, "EUR 40", null, null);

    assertThat(callee.text(1)).isEqualTo(Option.none());
    assertThat(callee.text(2)).isEqualTo(Option.some("EUR 40"));
    assertThat(callee.text(10)).isEqualTo(Option.none());
    assertThat(callee.textCount()).isEqualTo(2);
    assertThat(callee.text(1).getOrNull()).isNull();
    assertThat(callee.text(2).getOrNull()).isEqualTo("EUR 40");
    assertThat(callee.text(3).getOrNull()).isNull();
    assertThat(callee.textCount()).isEqualTo(2);
    assertThat(Callee.of(NUMBER).textCount()).isZero();
    assertThat(Callee.of(NUMBER, "").text(1)).isEqualTo(Option.some(""));
  }

  @Test
  @DisplayName("text positions are 1-10")
  void textIndex() {
    Callee callee = Callee.of(NUMBER, "a");

    assertThatIllegalArgumentException().isThrownBy(() -> callee.text(0));
    assertThatIllegalArgumentException().isThrownBy(() -> callee.text(11));
  }

  @Test
  @DisplayName("the texts given are copied: changing the array afterwards changes no callee")
  void immutable() {
    String[] texts = {"a"};
    Callee callee = Callee.of(NUMBER, texts);
    texts[0] = "changed";

    assertThat(callee.text(1)).isEqualTo(Option.some("a"));
  }

  @Test
  @DisplayName("equal by number and texts, and toString masks the number")
  void equality() {
    assertThat(Callee.of(NUMBER, "a")).isEqualTo(Callee.of(NUMBER, "a", null)).hasSameHashCodeAs(Callee.of(NUMBER, "a"));
    assertThat(Callee.of(NUMBER, "a")).isNotEqualTo(Callee.of(NUMBER, "b"));
    assertThat(Callee.of(NUMBER, "a").toString()).doesNotContain(NUMBER).contains("0007");
  }
}
