package io.voicecampaign.application.port.out;

import io.voicecampaign.domain.report.CallReport;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.io.ByteArrayInputStream;
import java.io.InputStream;

/**
 * Reads the body of the platform's AI-agent status-report push into call reports. Implementations
 * are thread-safe and never throw for the body: an empty, malformed or truncated body, content that
 * is not a batch of reports, a body over their size limit and a stream that fails are each a {@link
 * ReportParseFailure}. A batch is read whole or refused whole, so that no report is silently dropped.
 * The HTTP adapter's {@code CallReportParser} is one.
 */
@FunctionalInterface
public interface CallReportDecoder {

  /**
   * The reports in the stream, or why it could not be read. Reads at most the size limit and one
   * byte more, so an oversized body is refused without being read whole; does not close the stream.
   */
  Either<ReportParseFailure, Seq<CallReport>> decode(InputStream body);

  /** The reports in {@code body}, or why it could not be read; as {@link #decode(InputStream)}. */
  default Either<ReportParseFailure, Seq<CallReport>> decode(byte[] body) {
    return decode(new ByteArrayInputStream(body));
  }
}
