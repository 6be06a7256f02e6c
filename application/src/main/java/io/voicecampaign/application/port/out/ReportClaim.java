package io.voicecampaign.application.port.out;

import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import java.util.Objects;

/**
 * What a {@link ReportLedger#claim} answers for each id asked: each is in exactly one of the three
 * sets.
 *
 * @param claimed   the ids the caller got, to hand to the handler and then commit or release
 * @param committed the ids handled before: duplicates
 * @param inFlight  the ids another delivery holds and has not committed or released yet
 */
public record ReportClaim(Set<String> claimed, Set<String> committed, Set<String> inFlight) {

  public ReportClaim {
    Objects.requireNonNull(claimed, "claimed == null");
    Objects.requireNonNull(committed, "committed == null");
    Objects.requireNonNull(inFlight, "inFlight == null");
    Set<String> twice = claimed.intersect(committed).union(claimed.intersect(inFlight)).union(committed.intersect(inFlight));
    if (!twice.isEmpty()) {
      throw new IllegalArgumentException("ids in two states at once: " + twice.mkString(", "));
    }
  }

  /** Every id claimed by the caller. */
  public static ReportClaim allClaimed(Set<String> voiceIds) {
    return new ReportClaim(voiceIds, HashSet.empty(), HashSet.empty());
  }
}
