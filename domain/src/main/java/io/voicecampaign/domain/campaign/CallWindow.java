package io.voicecampaign.domain.campaign;

import io.voicecampaign.domain.shared.Checks;
import io.voicecampaign.domain.shared.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Objects;

/**
 * A daily window in which calls may be placed ({@code allowSendTime[] = {strTime, endTime}},
 * {@code HH:mm} in the platform's time zone). A campaign has at most three.
 *
 * <p>The start must come before the end: a window cannot cross midnight (split it into two), since the
 * docs do not say how the platform reads an overnight window. Times are whole minutes from
 * {@code 00:00} to {@code 23:59}; {@code 24:00} is refused rather than read as midnight.
 *
 * @param start the first minute calls may start
 * @param end   the minute calls stop, after {@code start}
 */
public record CallWindow(LocalTime start, LocalTime end) {

  /** Most windows a campaign may have. */
  public static final int MAX_PER_CAMPAIGN = 3;

  static final String TIME_RULE = "must be a time HH:mm from 00:00 to 23:59";

  // STRICT: the default SMART style reads "24:00" as 00:00, which would turn 22:00-24:00 into an
  // overnight window and 24:00-08:00 into a silently different one.
  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm").withResolverStyle(ResolverStyle.STRICT);

  public CallWindow {
    Objects.requireNonNull(start, "start == null");
    Objects.requireNonNull(end, "end == null");
    Checks.orThrow(wholeMinute("window.start", start));
    Checks.orThrow(wholeMinute("window.end", end));
    Checks.orThrow(order("window", start, end));
  }

  /** The window from {@code start} to {@code end}, both {@code HH:mm}. */
  public static CallWindow of(String start, String end) {
    return Checks.orThrow(validate("window", start, end));
  }

  /**
   * The window, or the first violation at {@code path} ({@code path.start}, {@code path.end}, or
   * {@code path} itself when the start is not before the end).
   */
  public static Validation<Violation, CallWindow> validate(String path, String start, String end) {
    Seq<Violation> problems = problems(path, start, end);
    return problems.isEmpty()
        ? Validation.valid(new CallWindow(LocalTime.parse(start, HH_MM), LocalTime.parse(end, HH_MM)))
        : Validation.invalid(problems.head());
  }

  /** Every violation of a window's rules: both ends are checked before their order. */
  static Seq<Violation> problems(String path, String start, String end) {
    Validation<Violation, LocalTime> from = parse(path + ".start", start);
    Validation<Violation, LocalTime> to = parse(path + ".end", end);
    if (from.isInvalid() || to.isInvalid()) {
      return List.of(from, to).filter(Validation::isInvalid).map(Validation::getError);
    }
    Validation<Violation, Boolean> ordered = order(path, from.get(), to.get());
    return ordered.isInvalid() ? List.of(ordered.getError()) : List.empty();
  }

  private static Validation<Violation, LocalTime> parse(String path, String text) {
    if (text == null) {
      return Validation.invalid(Violation.of(path, null, "is required"));
    }
    if (text.length() != 5) {
      return Validation.invalid(Violation.of(path, text, TIME_RULE));
    }
    try {
      return Validation.valid(LocalTime.parse(text, HH_MM));
    } catch (DateTimeParseException e) {
      return Validation.invalid(Violation.of(path, text, TIME_RULE));
    }
  }

  private static Validation<Violation, LocalTime> wholeMinute(String path, LocalTime time) {
    return time.getSecond() == 0 && time.getNano() == 0
        ? Validation.valid(time)
        : Validation.invalid(Violation.of(path, time, "must be a whole minute (HH:mm): seconds would be lost"));
  }

  private static Validation<Violation, Boolean> order(String path, LocalTime start, LocalTime end) {
    return start.isBefore(end)
        ? Validation.valid(true)
        : Validation.invalid(Violation.of(path, format(start) + "-" + format(end),
            "start must be before end (a window cannot cross midnight: split it in two)"));
  }

  private static String format(LocalTime time) {
    return HH_MM.format(time);
  }

  /** The start as {@code HH:mm}. */
  public String startText() {
    return format(start);
  }

  /** The end as {@code HH:mm}. */
  public String endText() {
    return format(end);
  }

  /** True when {@code time} falls in [start, end). */
  public boolean contains(LocalTime time) {
    return !time.isBefore(start) && time.isBefore(end);
  }

  @Override
  public String toString() {
    return startText() + "-" + endText();
  }
}
