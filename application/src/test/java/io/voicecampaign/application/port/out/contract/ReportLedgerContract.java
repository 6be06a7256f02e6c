package io.voicecampaign.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.application.port.out.ReportClaim;
import io.voicecampaign.application.port.out.ReportLedger;
import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ReportLedger} promises (see its contract): extend it with your own store's
 * ledger to check it the way the SDK checks its in-memory one. Each test takes a fresh ledger.
 */
public abstract class ReportLedgerContract {

  /** A ledger that knows no id. */
  protected abstract ReportLedger ledger();

  @Test
  @DisplayName("unknown ids are the caller's; claimed again before commit or release, they are in flight")
  void claimThenInFlight() {
    ReportLedger ledger = ledger();

    assertThat(ledger.claim(HashSet.of("A", "B"))).isEqualTo(ReportClaim.allClaimed(HashSet.of("A", "B")));
    assertThat(ledger.claim(HashSet.of("A", "C"))).isEqualTo(new ReportClaim(HashSet.of("C"), HashSet.empty(), HashSet.of("A")));
  }

  @Test
  @DisplayName("committed ids are answered committed to every later claim")
  void committed() {
    ReportLedger ledger = ledger();
    ledger.claim(HashSet.of("A", "B"));

    ledger.commit(HashSet.of("A", "B"));

    assertThat(ledger.claim(HashSet.of("A", "B", "C")))
        .isEqualTo(new ReportClaim(HashSet.of("C"), HashSet.of("A", "B"), HashSet.empty()));
    assertThat(ledger.claim(HashSet.of("B")).committed()).containsExactly("B");
  }

  @Test
  @DisplayName("released ids are unknown again: the next claim gets them")
  void released() {
    ReportLedger ledger = ledger();
    ledger.claim(HashSet.of("A", "B"));

    ledger.release(HashSet.of("A"));

    assertThat(ledger.claim(HashSet.of("A", "B"))).isEqualTo(new ReportClaim(HashSet.of("A"), HashSet.empty(), HashSet.of("B")));
  }

  @Test
  @DisplayName("claims of the same ids on many threads at once: each id goes to exactly one of them")
  void concurrentClaims() throws Exception {
    ReportLedger ledger = ledger();
    int threads = 8;
    Set<String> ids = HashSet.range(0, 500).map(i -> "V" + i);
    ConcurrentHashMap<String, AtomicInteger> claimedBy = new ConcurrentHashMap<>();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        done.add(pool.submit(() -> {
          start.await();
          ReportClaim claim = ledger.claim(ids);
          claim.claimed().forEach(id -> claimedBy.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet());
          assertThat(claim.claimed().size() + claim.committed().size() + claim.inFlight().size()).isEqualTo(ids.size());
          ledger.commit(claim.claimed());
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(claimedBy).hasSize(ids.size());
    assertThat(claimedBy.values()).allSatisfy(count -> assertThat(count).hasValue(1));
    assertThat(ledger.claim(ids).committed()).hasSize(ids.size());
  }
}
