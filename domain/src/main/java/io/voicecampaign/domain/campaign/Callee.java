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
        String problem = text == null ? null : textProblem(text);
        if (problem != null) {
          problems = problems.append(Violation.of(path + ".text" + (i + 1), text, problem));
        }
      }
    }
    return problems;
  }

  /** The text rule {@code text} breaks, or {@code null}. */
  private static String textProblem(String text) {
    return PlatformText.problem(text, 0, MAX_TEXT_CHARACTERS, TEXT_RULE);
  }

  /** True when the callee breaks no rule; allocation-free for the common valid case. */
  static boolean isValid(String number, String[] texts) {
    return isValid(number, texts, 0, texts == null ? 0 : texts.length, new CalleeList.Tally());
  }

  /**
   * True when the callee of {@code number} and texts {@code texts[from, to)} breaks no rule; then
   * its sizes are counted in {@code tally}. Allocation-free.
   */
  static boolean isValid(String number, String[] texts, int from, int to, CalleeList.Tally tally) {
    if (!PhoneNumber.isValid(number) || to - from > MAX_TEXTS) {
      return false;
    }
    for (int i = from; i < to; i++) {
      String text = texts[i];
      if (text != null) {
        if (isPlainText(text)) {
          tally.plainText(i - from + 1, text);
        } else if (isValidText(text)) {
          tally.otherText(i - from + 1, text);
        } else {
          return false;
        }
      }
    }
    tally.number(number);
    return true;
  }

  /** True when {@code text} meets the text rules and is plain ({@link PlatformText#isPlain}). */
  static boolean isPlainText(String text) {
    return PlatformText.isPlain(text, 0, MAX_TEXT_CHARACTERS);
  }

  private static boolean isValidText(String text) {
    return PlatformText.isValid(text, 0, MAX_TEXT_CHARACTERS);
  }

  /** Builds a callee already checked by {@link #isValid}; trims trailing absent texts. */
  static Callee trusted(String number, String[] texts) {
    return new Callee(new PhoneNumber(number), compact(texts, 0, texts == null ? 0 : texts.length));
  }

  /** Like {@link #trusted(String, String[])}, for the texts {@code texts[from, to)}. */
  static Callee trusted(String number, String[] texts, int from, int to) {
    return new Callee(new PhoneNumber(number), compact(texts, from, to));
  }

  private static final String[] NO_TEXTS = new String[0];

  private static String[] compact(String[] texts, int from, int to) {
    int last = to;
    while (last > from && texts[last - 1] == null) {
      last--;
    }
    return last == from ? NO_TEXTS : Arrays.copyOfRange(texts, from, last);
  }

  /** The texts by position, not copied: for the callee lists of this package, which never change them. */
  String[] texts() {
    return texts;
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
