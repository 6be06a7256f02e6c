package io.voicecampaign.reliability.fuzz;

import io.voicecampaign.adapter.http.report.CallReportParser;
import io.voicecampaign.application.port.out.ReportParseFailure;
import io.voicecampaign.domain.fixtures.Seeded;
import io.voicecampaign.domain.report.CallReport;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The status-report push parser, fed at least 10,000 fuzzed bodies per run, as bytes and as streams
 * (some of which fail part-way), returns reports or a typed failure and never throws.
 */
@DisplayName("Fuzzed push reports: reports or a typed failure, never an exception")
class FuzzedReportsTest {

  private final CallReportParser parser = CallReportParser.create();
  private final OutcomeTally tally = new OutcomeTally("fuzz " + Endpoint.REPORT_PUSH);

  void everyTryCounted() {
    System.out.println(tally.summary(tally.tries()));
    tally.assertComplete(FuzzedAnswersTest.TRIES, 3);
  }

  @Test
  @DisplayName("CallReportParser: bytes, whole streams and streams that fail part-way")
  void pushBodies() {
    Seeded.forAll("CallReportParser: bytes, whole streams and streams that fail part-way", FuzzedAnswersTest.TRIES, random -> {
      FuzzedAnswer body = FuzzCases.answer(Endpoint.REPORT_PUSH, random);
      int way = random.nextInt(0, 10);
      Either<ReportParseFailure, Seq<CallReport>> parsed = tally.run(way == 0 ? failingStream(body) : body, () -> switch (way) {
        case 0 -> parser.parse(failing(body.body()));
        case 1, 2, 3 -> parser.parse(new ByteArrayInputStream(body.body()));
        default -> parser.parse(body.body());
      });

      if (way == 0) {
        org.assertj.core.api.Assertions.assertThat(parsed.getLeft()).isInstanceOf(ReportParseFailure.Unreadable.class);
      }
    });
    everyTryCounted();
  }

  /** The same body, expected to fail: its stream breaks before the end. */
  private static FuzzedAnswer failingStream(FuzzedAnswer body) {
    return new FuzzedAnswer(body.endpoint(), body.shape(), body.status(), body.headers(), body.body(), FuzzedAnswer.Expected.FAILURE, 0);
  }

  /** A stream that hands out half of {@code bytes} and then fails, as a dropped upload does. */
  private static InputStream failing(byte[] bytes) {
    return new InputStream() {
      private int position;

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
      }

      @Override
      public int read(byte[] into, int offset, int length) throws IOException {
        int left = bytes.length / 2 - position;
        if (left <= 0) {
          throw new IOException("connection reset by peer");
        }
        int count = Math.min(left, length);
        System.arraycopy(bytes, position, into, offset, count);
        position += count;
        return count;
      }
    };
  }
}
