package io.voicecampaign.application.port.out;

import io.vavr.collection.Set;

/**
 * Remembers which pushed call reports were handled, by {@code voiceId}, so that a report the
 * platform delivers again (it re-sends a batch not answered 200, up to three times) reaches the
 * user's handler once. The SDK's {@code InMemoryReportLedger} keeps the newest ids in memory;
 * replace it with a store of your own (a database table keyed by {@code voiceId}) to remember them
 * across restarts and across the instances of a service.
 *
 * <p>Each id is in one of three states: unknown, claimed (a delivery is handing it to the handler)
 * or committed (handled). The contract:
 *
 * <ul>
 *   <li>Implementations are thread-safe: several deliveries, of the same batch too, call them at
 *       once.
 *   <li>{@link #claim} is atomic per id: of two claims of one unknown id, exactly one gets it.
 *   <li>{@link #commit} and {@link #release} are called only with ids the caller's claim got, once
 *       each: commit after the handler accepted the reports, release after it failed, which makes
 *       the ids unknown again so that the platform's next delivery hands them anew.
 *   <li>A store that outlives the process should let a claim lapse after a while (a lease of a
 *       few minutes): a process that dies between claim and commit leaves its ids claimed, and
 *       every later delivery of them is answered "in flight" until the claim is gone.
 *   <li>An exception from {@link #claim} makes the delivery answered 503, nothing handed; one from
 *       {@link #commit} or {@link #release} is logged and the answer stands.
 * </ul>
 */
public interface ReportLedger {

  /**
   * Claims for the caller every id of {@code voiceIds} that is neither claimed nor committed.
   *
   * @param voiceIds distinct report ids
   * @return which ids the caller got, which were committed before and which another delivery holds
   */
  ReportClaim claim(Set<String> voiceIds);

  /** Marks claimed ids handled: a later claim of them answers them as committed. */
  void commit(Set<String> voiceIds);

  /** Gives claimed ids up unhandled: a later claim of them gets them. */
  void release(Set<String> voiceIds);
}
