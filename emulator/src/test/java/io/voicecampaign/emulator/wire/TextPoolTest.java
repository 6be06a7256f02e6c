package io.voicecampaign.emulator.wire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A create body's text pool")
class TextPoolTest {

  private static String text(TextPool pool, String text) {
    char[] chars = ("[" + text + "]").toCharArray();
    return pool.text(chars, 1, text.length());
  }

  @Test
  @DisplayName("keeps equal texts once and different texts apart")
  void sharesEqualTexts() {
    TextPool pool = new TextPool();
    String first = text(pool, "EUR 10");

    assertThat(text(pool, "EUR 10")).isSameAs(first);
    assertThat(text(pool, "EUR 11")).isEqualTo("EUR 11").isNotSameAs(first);
  }

  @Test
  @DisplayName("cuts a text to 30 characters, counting a surrogate pair as one")
  void cutsToThirtyCharacters() {
    TextPool pool = new TextPool();

    assertThat(text(pool, "x".repeat(31))).isEqualTo("x".repeat(30));
    assertThat(text(pool, "😀".repeat(30))).isEqualTo("😀".repeat(30));
    assertThat(text(pool, "😀".repeat(31))).isEqualTo("😀".repeat(30));
  }

  @Test
  @DisplayName("keeps texts unshared once its slots for them are taken, still equal")
  void fullPool() {
    TextPool pool = new TextPool();
    for (int i = 0; i < 70_000; i++) {
      assertThat(text(pool, "t" + i)).isEqualTo("t" + i);
    }
  }
}
