package io.voicecampaign.application.service.report;

import io.voicecampaign.application.port.out.ReportClaim;
import io.voicecampaign.application.port.out.ReportLedger;
import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import java.util.Objects;

/**
 * A {@link ReportLedger} in memory: thread-safe, bounded, and lost when the process ends. It
 * remembers the last {@code capacity} committed ids (100,000 by default, some 10 MB) and forgets
 * the oldest committed first, so a report delivered again after that many newer ones were handled
 * is handed again; claims in flight are never forgotten. A service that runs in several instances,
 * or must not hand a report again after a restart, replaces it with a store of its own.
 */
public final class InMemoryReportLedger implements ReportLedger {

  /** The committed ids remembered when no capacity is given. */
  public static final int DEFAULT_CAPACITY = 100_000;

  private final int capacity;
  private final java.util.LinkedHashSet<String> committed = new java.util.LinkedHashSet<>();
  private final java.util.HashSet<String> claimed = new java.util.HashSet<>();

  private InMemoryReportLedger(int capacity) {
    this.capacity = capacity;
  }

  /** A ledger remembering the last {@value #DEFAULT_CAPACITY} committed ids. */
  public static InMemoryReportLedger create() {
    return withCapacity(DEFAULT_CAPACITY);
  }

  /** A ledger remembering the last {@code capacity} committed ids, at least 1. */
  public static InMemoryReportLedger withCapacity(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
    }
    return new InMemoryReportLedger(capacity);
  }

  @Override
  public synchronized ReportClaim claim(Set<String> voiceIds) {
    Objects.requireNonNull(voiceIds, "voiceIds == null");
    Set<String> got = HashSet.empty();
    Set<String> before = HashSet.empty();
    Set<String> elsewhere = HashSet.empty();
    for (String id : voiceIds) {
      if (committed.contains(id)) {
        before = before.add(id);
      } else if (claimed.add(id)) {
        got = got.add(id);
      } else {
        elsewhere = elsewhere.add(id);
      }
    }
    return new ReportClaim(got, before, elsewhere);
  }

  @Override
  public synchronized void commit(Set<String> voiceIds) {
    Objects.requireNonNull(voiceIds, "voiceIds == null");
    for (String id : voiceIds) {
      if (claimed.remove(id)) {
        committed.add(id);
      }
    }
    var oldestFirst = committed.iterator();
    for (int excess = committed.size() - capacity; excess > 0; excess--) {
      oldestFirst.next();
      oldestFirst.remove();
    }
  }

  @Override
  public synchronized void release(Set<String> voiceIds) {
    Objects.requireNonNull(voiceIds, "voiceIds == null");
    voiceIds.forEach(claimed::remove);
  }

  /** The committed ids remembered now. */
  public synchronized int size() {
    return committed.size();
  }

  /** The most committed ids remembered. */
  public int capacity() {
    return capacity;
  }

  @Override
  public synchronized String toString() {
    return "InMemoryReportLedger[committed=" + committed.size() + " of " + capacity + ", claimed=" + claimed.size() + "]";
  }
}
