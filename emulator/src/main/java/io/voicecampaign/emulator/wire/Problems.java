package io.voicecampaign.emulator.wire;

import io.voicecampaign.domain.shared.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;

/**
 * The problems found in one request body, each a {@link Violation} at its wire path
 * ({@code numberInfoList[3].calleeNumber}). A path is reported once: a later rule on a path that
 * already failed (a domain rule on a field whose type was wrong) adds nothing.
 */
public final class Problems {

  /** How many problems a reason lists before it only counts the rest. */
  public static final int LISTED = 20;

  private final java.util.List<Violation> found = new ArrayList<>();
  private final Set<String> paths = new HashSet<>();

  /**
   * Records {@code violation} unless its path, or a path that contains it ({@code allowSendTime[0]} for
   * {@code allowSendTime[0].strTime}), already has one.
   */
  public void add(Violation violation) {
    String path = violation.path();
    for (int i = 1; i < path.length(); i++) {
      char c = path.charAt(i);
      if ((c == '.' || c == '[') && paths.contains(path.substring(0, i))) {
        return;
      }
    }
    if (paths.add(path)) {
      found.add(violation);
    }
  }

  /** Records a problem at {@code path}. */
  public void add(String path, Object value, String rule) {
    add(Violation.of(path, value, rule));
  }

  /** True when nothing was found. */
  public boolean isEmpty() {
    return found.isEmpty();
  }

  /** Everything found, in order. */
  public Seq<Violation> all() {
    return List.ofAll(found);
  }

  /** The platform's reason for a -22 naming these problems: see {@link #reason(Seq)}. */
  public String reason() {
    return reason(all());
  }

  /**
   * The platform's reason for a -22: every problem, at most {@value #LISTED} spelled out and the rest
   * counted, so that 200,000 bad numbers give a readable answer.
   */
  public static String reason(Seq<Violation> problems) {
    StringBuilder reason = new StringBuilder("parameter exception: ");
    int shown = Math.min(LISTED, problems.size());
    int i = 0;
    for (Violation problem : problems.take(shown)) {
      if (i++ > 0) {
        reason.append("; ");
      }
      reason.append(problem);
    }
    if (problems.size() > shown) {
      reason.append("; and ").append(problems.size() - shown).append(" more");
    }
    return reason.toString();
  }
}
