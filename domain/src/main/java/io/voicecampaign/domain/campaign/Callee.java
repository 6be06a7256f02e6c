package io.voicecampaign.domain.campaign;

import io.voicecampaign.domain.shared.InvalidValueException;
import io.voicecampaign.domain.shared.PlatformText;
import io.voicecampaign.domain.shared.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Arrays;
import java.util.Objects;

/**
 * One person a campaign calls: a number and up to ten template texts {@code text1..text10}, each at
 * most 30 characters (UTF-16 units, without control characters or lone surrogates), that replace {@code ${text1}..${text10}} in the agent's text variable template.
 *
 * <p>Texts are positional; a missing position is absent (not sent), not empty. A text over 30
 * characters is refused rather than cut, because the platform would cut it silently.
 */
public final class Callee {

  /** Most template texts per callee. */
  public static final int MAX_TEXTS = 10;
  /** Most characters per text. */
  public static final int MAX_TEXT_CHARACTERS = 30;
  static final String TEXT_RULE = "must be at most " + MAX_TEXT_CHARACTERS + " characters, counted in UTF-16 units (the platform would cut it)";

  private final PhoneNumber number;
  private final String[] texts;

  private Callee(PhoneNumber number, String[] texts) {
    this.number = number;
    this.texts = texts;
  }

  /**
   * A callee with {@code texts} as text1, text2, ...; {@code null} entries are absent positions.
   *
   * @throws InvalidValueException naming every broken rule
   */
  public static Callee of(String number, String... texts) {
    Seq<Violation> problems = check("callee", number, texts);
    if (!problems.isEmpty()) {
      throw new InvalidValueException(problems);
    }
    return trusted(number, texts);
  }

  /** Every violation of a callee's rules, with paths under {@code path}; empty when valid. */
  static Seq<Violation> check(String path, String number, String[] texts) {
    List<Violation> problems = List.empty();
    if (!PhoneNumber.isValid(number)) {
      problems = problems.append(Violation.of(path + ".number", number, number == null ? "is required" : PhoneNumber.RULE));
    }
    if (texts != null) {
      if (texts.length > MAX_TEXTS) {
        problems = problems.append(Violation.of(path + ".texts", texts.length + " texts", "must be at most " + MAX_TEXTS + " texts (text1..text10)"));
      }
      for (int i = 0; i < texts.length; i++) {
        String text = texts[i];
        String problem = text == null ? null : PlatformText.problem(text, 0, MAX_TEXT_CHARACTERS, TEXT_RULE);
        if (problem != null) {
          problems = problems.append(Violation.of(path + ".text" + (i + 1), text, problem));
        }
      }
    }
    return problems;
  }

  /** True when the callee breaks no rule; allocation-free for the common valid case. */
  static boolean isValid(String number, String[] texts) {
    if (!PhoneNumber.isValid(number)) {
      return false;
    }
    if (texts == null) {
      return true;
    }
    if (texts.length > MAX_TEXTS) {
      return false;
    }
    for (String text : texts) {
      if (text != null && !PlatformText.isValid(text, 0, MAX_TEXT_CHARACTERS)) {
        return false;
      }
    }
    return true;
  }

  /** Builds a callee already checked by {@link #isValid}; trims trailing absent texts. */
  static Callee trusted(String number, String[] texts) {
    return new Callee(new PhoneNumber(number), compact(texts));
  }

  /**
   * Like {@link #trusted}, for a texts array no one else holds (the builder's own copy): it is kept
   * as it is unless it ends in absent texts, saving a copy per callee in large campaigns.
   */
  static Callee owning(String number, String[] texts) {
    boolean keep = texts != null && texts.length > 0 && texts[texts.length - 1] != null;
    return new Callee(new PhoneNumber(number), keep ? texts : compact(texts));
  }

  private static final String[] NO_TEXTS = new String[0];

  private static String[] compact(String[] texts) {
    if (texts == null || texts.length == 0) {
      return NO_TEXTS;
    }
    int last = texts.length;
    while (last > 0 && texts[last - 1] == null) {
      last--;
    }
    return last == 0 ? NO_TEXTS : Arrays.copyOf(texts, last);
  }

  /** The callee's number. */
  public PhoneNumber number() {
    return number;
  }

  /** Text {@code n} (1-10), if present. */
  public Option<String> text(int n) {
    if (n < 1 || n > MAX_TEXTS) {
      throw new IllegalArgumentException("text index must be 1-10: " + n);
    }
    return n <= texts.length ? Option.of(texts[n - 1]) : Option.none();
  }

  /** The highest text position present (0 when none); positions below it may be absent. */
  public int textCount() {
    return texts.length;
  }

  /** The texts by position, absent positions as {@code null}; a copy. */
  public String[] textsArray() {
    return texts.clone();
  }

  /** Text {@code n} (1-{@link #textCount()}) or {@code null}, without allocation; for serializers. */
  public String textOrNull(int n) {
    return n >= 1 && n <= texts.length ? texts[n - 1] : null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Callee other && number.equals(other.number) && Arrays.equals(texts, other.texts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(number, Arrays.hashCode(texts));
  }

  @Override
  public String toString() {
    return "Callee[" + number.masked() + ", texts=" + texts.length + "]";
  }
}
