package io.voicecampaign.domain.report;

import io.vavr.control.Option;
import io.vavr.control.Try;
import java.util.Objects;
import java.util.function.Function;

/**
 * Readings of which recall attempt made a reported call, for {@link CallReportSummary}. The
 * platform's push documents no such field, so the reading is the user's to choose: a field their
 * platform sends (an undocumented one is kept in {@link CallReport#extraFields()}), or a lookup of
 * their own by {@code voiceId} or callee.
 */
public final class RecallAttempts {

  /**
   * The extra field in which the SDK's simulator states the attempt: "0" for the launched task,
   * "1".."N" for its recall attempts. The simulator's assumption, not the platform's contract.
   */
  public static final String SIMULATOR_FIELD = "simRecallAttempt";

  private RecallAttempts() {}

  /**
   * Reads the attempt from the extra field {@code name}: its text as a whole number of 0 or more;
   * absent when the field is missing or holds anything else.
   */
  public static Function<CallReport, Option<Integer>> fromExtraField(String name) {
    Objects.requireNonNull(name, "name == null");
    return report -> report.extraField(name)
        .flatMap(text -> Try.of(() -> Integer.parseInt(text.strip())).toOption())
        .filter(attempt -> attempt >= 0);
  }

  /** The simulator's reading: {@link #fromExtraField} of {@link #SIMULATOR_FIELD}. */
  public static Function<CallReport, Option<Integer>> simulator() {
    return fromExtraField(SIMULATOR_FIELD);
  }
}
