package io.voicecampaign.emulator.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.shared.Violation;
import io.voicecampaign.emulator.MaxCreateBody;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Heap a documented-maximum create costs, read from a stream in a 256 MiB JVM: what it keeps once
 * read (the campaign) and what reading it allocates on the way. The figures are printed for
 * RELIABILITY.md.
 */
@Tag("small-heap")
@DisplayName("A documented-maximum create body read under a 256 MiB heap")
class MaxCreateHeapTest {

  @ParameterizedTest(name = "texts drawn from {0} values per position (0: all distinct)")
  @ValueSource(ints = {0, 1000})
  @DisplayName("keeps a campaign within 2.5 times the body and allocates within 4 times it")
  void withinASmallMultipleOfTheBody(int vocabulary) throws IOException {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long[] body = new long[1];
    long producing = allocatedWhile(threads, () -> body[0] = new MaxCreateBody("heap", vocabulary).transferTo(OutputStream.nullOutputStream()));
    long before = usedAfterGc();
    long allocatedBefore = threads.getCurrentThreadAllocatedBytes();

    Either<Seq<Violation>, AgentCampaign> read = CreateTaskRequest.read(new MaxCreateBody("heap", vocabulary), ZoneOffset.ofHours(8));

    // the body is produced on this thread as it is read: what producing it alone allocates is not the reader's
    long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore - producing;
    long kept = usedAfterGc() - before;
    assertThat(read.isRight()).as("%s", read).isTrue();
    assertThat(read.get().callees()).hasSize(AgentCampaign.MAX_CALLEES);
    System.out.printf("max create, vocabulary %d: body %.1f MB, kept %.1f MB (%.2fx), allocated %.1f MB (%.2fx)%n",
        vocabulary, body[0] / 1e6, kept / 1e6, (double) kept / body[0], allocated / 1e6, (double) allocated / body[0]);
    assertThat(kept).isLessThan(body[0] * 5 / 2);
    assertThat(allocated).isLessThan(4 * body[0]);
  }

  private interface Work {
    void run() throws IOException;
  }

  private static long allocatedWhile(com.sun.management.ThreadMXBean threads, Work work) throws IOException {
    long before = threads.getCurrentThreadAllocatedBytes();
    work.run();
    return threads.getCurrentThreadAllocatedBytes() - before;
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
