package io.voicecampaign.domain.campaign;

import io.voicecampaign.domain.shared.Checks;
import io.voicecampaign.domain.shared.Violation;
import io.vavr.control.Validation;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A daily window in which calls may be placed ({@code allowSendTime[] = {strTime, endTime}},
 * {@code HH:mm} in the platform's time zone). A campaign has at most three.
 *
 * <p>The start must come before the end: a window cannot cross midnight (split it into two), since the
 * docs do not say how the platform reads an overnight window.
 *
 * @param start the first minute calls may start
 * @param end   the minute calls stop, after {@code start}
 */
public record CallWindow(LocalTime start, LocalTime end) {

  /** Most windows a campaign may have. */
  public static final int MAX_PER_CAMPAIGN = 3;

  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

  public CallWindow {
    Objects.requireNonNull(start, "start == null");
    Objects.requireNonNull(end, "end == null");
    start = start.truncatedTo(ChronoUnit.MINUTES);
    end = end.truncatedTo(ChronoUnit.MINUTES);
    Checks.orThrow(order("window", start, end));
  }

  /** The window from {@code start} to {@code end}, both {@code HH:mm}. */
  public static CallWindow of(String start, String end) {
    return Checks.orThrow(validate("window", start, end));
  }

  /** The window, or the violation at {@code path} ({@code path.start}, {@code path.end}). */
  public static Validation<Violation, CallWindow> validate(String path, String start, String end) {
    Validation<Violation, LocalTime> from = parse(path + ".start", start);
    if (from.isInvalid()) {
      return Validation.invalid(from.getError());
    }
    Validation<Violation, LocalTime> to = parse(path + ".end", end);
    if (to.isInvalid()) {
      return Validation.invalid(to.getError());
    }
    return order(path, from.get(), to.get()).map(ignored -> new CallWindow(from.get(), to.get()));
  }

  private static Validation<Violation, LocalTime> parse(String path, String text) {
    if (text == null || text.length() != 5) {
      return Validation.invalid(Violation.of(path, text, "must be a time HH:mm"));
    }
    try {
      return Validation.valid(LocalTime.parse(text, HH_MM));
    } catch (DateTimeParseException e) {
      return Validation.invalid(Violation.of(path, text, "must be a time HH:mm"));
    }
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
