package io.voicecampaign.application.service.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.voicecampaign.application.port.out.ReportClaim;
import io.voicecampaign.application.port.out.ReportLedger;
import io.voicecampaign.application.port.out.contract.ReportLedgerContract;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("InMemoryReportLedger")
class InMemoryReportLedgerTest extends ReportLedgerContract {

  @Override
  protected ReportLedger ledger() {
    return InMemoryReportLedger.create();
  }

  @Test
  @DisplayName("committing or releasing what was never claimed changes nothing")
  void unclaimed() {
    InMemoryReportLedger ledger = InMemoryReportLedger.create();

    ledger.commit(HashSet.of("Z"));
    ledger.release(HashSet.of("Y"));

    assertThat(ledger.claim(HashSet.of("Y", "Z")).claimed()).containsExactlyInAnyOrder("Y", "Z");
    assertThat(ledger.size()).isZero();
  }

  @Test
  @DisplayName("beyond its capacity it forgets the oldest committed ids first, never a claim in flight")
  void boundedOldestFirst() {
    InMemoryReportLedger ledger = InMemoryReportLedger.withCapacity(3);
    ledger.claim(HashSet.of("held"));
    for (String id : new String[] {"A", "B", "C", "D", "E"}) {
      ledger.claim(HashSet.of(id));
      ledger.commit(HashSet.of(id));
    }

    assertThat(ledger.size()).isEqualTo(3);
    ReportClaim claim = ledger.claim(LinkedHashSet.of("A", "B", "C", "D", "E", "held"));
    assertThat(claim.claimed()).containsExactlyInAnyOrder("A", "B");
    assertThat(claim.committed()).containsExactlyInAnyOrder("C", "D", "E");
    assertThat(claim.inFlight()).containsExactly("held");
    assertThat(InMemoryReportLedger.create().capacity()).isEqualTo(100_000);
  }

  @Test
  @DisplayName("refuses a capacity below 1")
  void capacity() {
    assertThatIllegalArgumentException().isThrownBy(() -> InMemoryReportLedger.withCapacity(0))
        .withMessage("capacity must be at least 1: 0");
  }

  @Test
  @DisplayName("a claim names every id in exactly one state")
  void claimStates() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ReportClaim(HashSet.of("A"), HashSet.of("A"), HashSet.empty()))
        .withMessage("ids in two states at once: A");
  }
}
