package io.voicecampaign.adapter.http.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.application.port.in.report.ReceiveCallReportsCommand;
import io.voicecampaign.application.port.in.report.ReportAnswer;
import io.voicecampaign.application.service.report.InMemoryReportLedger;
import io.voicecampaign.application.service.report.ReceiveCallReportsService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs in a JVM of its own with a 26 MiB heap (see this module's pom). A batch of 10,000 documented
 * records is a 6.1 MB body and 16.4 MB of reports once read: they fit only if the body is parsed as
 * it arrives. Reading it whole first (the body grown in an array, then copied into the JSON reader's
 * buffer) runs out of memory there (and at 28 MiB); read as it arrives it passes at 24 MiB.
 */
@Tag("small-heap")
@DisplayName("A 10,000-record push is read as it arrives")
class ReportMemoryTest {

  private static final int RECORDS = 10_000;

  @Test
  @DisplayName("a 10,000-record batch is received from a stream in a 26 MiB heap, each record handed once")
  void tenThousandInSmallHeap() {
    assertThat(Runtime.getRuntime().maxMemory()).as("max heap").isLessThanOrEqualTo(26L * 1024 * 1024);
    assertThat(ReportBodies.streamedSize(RECORDS)).as("body bytes").isGreaterThan(6_000_000);
    AtomicInteger handed = new AtomicInteger();
    ReceiveCallReportsService service = new ReceiveCallReportsService(CallReportParser.create(), InMemoryReportLedger.create());

    ReportAnswer first = service.receive(ReceiveCallReportsCommand.of(ReportBodies.streamed(RECORDS),
        reports -> handed.addAndGet(reports.size())));
    ReportAnswer again = service.receive(ReceiveCallReportsCommand.of(ReportBodies.streamed(RECORDS),
        reports -> handed.addAndGet(reports.size())));

    assertThat(first).isEqualTo(new ReportAnswer.Accepted(RECORDS, 0));
    assertThat(again).isEqualTo(new ReportAnswer.Accepted(0, RECORDS));
    assertThat(handed).hasValue(RECORDS);
  }
}
