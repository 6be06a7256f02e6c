package io.voicecampaign.application.service.report;

import io.voicecampaign.application.port.out.CallReportDecoder;
import io.voicecampaign.application.port.out.ReportParseFailure;
import io.voicecampaign.domain.report.CallReport;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A decoder for service tests: one report id per line; a line starting with '!' is malformed, a
 * body longer than the limit is too large.
 */
final class LineDecoder implements CallReportDecoder {

  static final int LIMIT = 64 * 1024;

  @Override
  public Either<ReportParseFailure, Seq<CallReport>> decode(InputStream body) {
    byte[] bytes;
    try {
      bytes = body.readNBytes(LIMIT + 1);
    } catch (IOException e) {
      return Either.left(new ReportParseFailure.Unreadable(e.getMessage()));
    }
    if (bytes.length > LIMIT) {
      return Either.left(new ReportParseFailure.TooLarge(LIMIT, ""));
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("!")) {
      return Either.left(new ReportParseFailure.MalformedJson("starts with !", text));
    }
    return Either.right(List.of(text.split("\n")).filter(line -> !line.isBlank()).map(id -> CallReport.builder(id).build()));
  }

  static byte[] body(String... ids) {
    return (String.join("\n", ids) + "\n").getBytes(StandardCharsets.UTF_8);
  }
}
