package io.voicecampaign.adapter.http.report;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import io.voicecampaign.application.port.out.CallReportDecoder;
import io.voicecampaign.application.port.out.ReportParseFailure;
import io.voicecampaign.domain.report.CallReport;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import okio.BufferedSource;
import okio.ByteString;
import okio.Okio;

/**
 * Reads the AI-agent status-report push: the body the platform POSTs to the address set in its
 * console (a JSON array of call reports, several per POST) becomes domain {@link CallReport}s. Hand
 * it the request body from any web framework; answer the platform with HTTP 200 once the reports
 * are safe.
 *
 * <p>Tolerant of what the platform sends: a single report object instead of an array; numbers sent
 * as strings and strings sent as numbers; {@code null} or blank for absent values; times in any of
 * the forms the platform's pushes use (see the detection rule below); fields the docs do not list,
 * which are kept as raw text in {@link CallReport#extraFields()}; a leading UTF-8 byte order mark.
 *
 * <p>Times: empty or zero values are absent; 14 digits are {@code yyyyMMddHHmmss} and 17 digits
 * {@code yyyyMMddHHmmssSSS}, both wall-clock times of the platform's zone; up to 13 digits are an
 * epoch count, seconds below 100,000,000,000 and milliseconds from there on (unambiguous for any
 * date from 1973 to 5138); {@code yyyy-MM-dd HH:mm:ss} (platform zone) and ISO-8601 with an offset
 * are read too. Anything else is refused.
 *
 * <p>Never throws for the body: malformed or truncated JSON, unexpected types, unreadable values, a
 * failing stream and a body over the size limit all come back as a {@link ReportParseFailure}, whose
 * snippet masks every run of six or more digits. A batch is read whole or refused whole, so that no
 * report is silently dropped. Instances are immutable and thread-safe.
 *
 * <p>It is the application's {@link CallReportDecoder}: hand it to {@code ReceiveCallReportsService}
 * to have each report of a delivery handed to your handler once.
 */
public final class CallReportParser implements CallReportDecoder {

  /** The platform's zone when none is configured: UTC+8, where all the platform's evidence points. */
  public static final ZoneId DEFAULT_PLATFORM_ZONE = ZoneOffset.ofHours(8);
  /** The largest body read when no limit is configured: 16 MiB, some 27,000 reports with every documented field. */
  public static final long DEFAULT_MAX_BODY_BYTES = 16L * 1024 * 1024;

  private static final ByteString BYTE_ORDER_MARK = ByteString.decodeHex("efbbbf");

  private final ZoneId platformZone;
  private final long maxBodyBytes;
  private final CallReportReader records;

  private CallReportParser(ZoneId platformZone, long maxBodyBytes) {
    this.platformZone = platformZone;
    this.maxBodyBytes = maxBodyBytes;
    this.records = new CallReportReader(new ReportTimes(platformZone));
  }

  /** A parser with the defaults: platform zone UTC+8, bodies up to 16 MiB. */
  public static CallReportParser create() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The zone the platform's wall-clock times are read in. */
  public ZoneId platformZone() {
    return platformZone;
  }

  /** The largest body this parser reads. */
  public long maxBodyBytes() {
    return maxBodyBytes;
  }

  /**
   * The reports in {@code body}, or why it could not be read.
   *
   * @param body the request body as received (UTF-8 JSON)
   */
  public Either<ReportParseFailure, Seq<CallReport>> parse(byte[] body) {
    Objects.requireNonNull(body, "body == null");
    if (body.length > maxBodyBytes) {
      return Either.left(new ReportParseFailure.TooLarge(maxBodyBytes, Redaction.snippet(body, body.length)));
    }
    return parse(new ByteArrayInputStream(body));
  }

  /**
   * The reports in the stream, or why it could not be read. The body is parsed as it arrives, never
   * held whole: what it costs is the reports it holds. Reads at most the size limit plus one byte;
   * a body that goes over the limit, or whose stream fails, is refused as that even when its JSON
   * was bad before; does not close the stream.
   *
   * @param body the request body's stream
   */
  public Either<ReportParseFailure, Seq<CallReport>> parse(InputStream body) {
    Objects.requireNonNull(body, "body == null");
    BoundedBody bounded = new BoundedBody(body, maxBodyBytes);
    Either<ReportParseFailure, Seq<CallReport>> parsed = read(bounded);
    if (parsed.isLeft()) {
      bounded.drain();
    }
    if (bounded.failure().isDefined()) {
      return Either.left(new ReportParseFailure.Unreadable(Redaction.mask(describe(bounded.failure().get()))));
    }
    if (bounded.overflowed()) {
      byte[] head = bounded.head();
      return Either.left(new ReportParseFailure.TooLarge(maxBodyBytes, Redaction.snippet(head, head.length)));
    }
    return parsed;
  }

  /** As {@link #parse(InputStream)}: the decoder port's reading of a streamed body. */
  @Override
  public Either<ReportParseFailure, Seq<CallReport>> decode(InputStream body) {
    return parse(body);
  }

  /** As {@link #parse(byte[])}: the decoder port's reading of a body already in memory. */
  @Override
  public Either<ReportParseFailure, Seq<CallReport>> decode(byte[] body) {
    return parse(body);
  }

  private Either<ReportParseFailure, Seq<CallReport>> read(BoundedBody body) {
    BufferedSource source = Okio.buffer(Okio.source(body));
    JsonReader reader = JsonReader.of(source);
    try (reader) {
      if (source.rangeEquals(0, BYTE_ORDER_MARK)) {
        source.skip(BYTE_ORDER_MARK.size());
      }
      if (isBlank(source)) {
        return Either.left(new ReportParseFailure.MalformedJson("the body is empty", ""));
      }
      Seq<CallReport> reports = readBatch(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        return Either.left(new ReportParseFailure.MalformedJson("trailing content after the batch", snippet(body)));
      }
      return Either.right(reports);
    } catch (CallReportReader.BadContent e) {
      return Either.left(new ReportParseFailure.UnexpectedContent(
          Redaction.mask(e.path), Redaction.mask(e.getMessage()), snippet(body)));
    } catch (JsonDataException e) {
      // JSON of a shape Moshi refuses to walk (e.g. nested too deep); it names the path in its message
      return Either.left(new ReportParseFailure.UnexpectedContent(
          Redaction.mask(reader.getPath()), Redaction.mask(describe(e)), snippet(body)));
    } catch (IOException | RuntimeException e) {
      // Moshi reports syntax errors and truncation as IOExceptions (JsonEncodingException, EOFException);
      // a stream that failed or went over the limit is answered as that by the caller
      return Either.left(new ReportParseFailure.MalformedJson(Redaction.mask(describe(e)), snippet(body)));
    }
  }

  private static String snippet(BoundedBody body) {
    byte[] head = body.head();
    return Redaction.snippet(head, head.length);
  }

  /** Skips leading whitespace; true when nothing else follows. */
  private static boolean isBlank(BufferedSource source) throws IOException {
    while (source.request(1)) {
      byte b = source.getBuffer().getByte(0);
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        return false;
      }
      source.skip(1);
    }
    return true;
  }

  private Seq<CallReport> readBatch(JsonReader reader) throws IOException, CallReportReader.BadContent {
    switch (reader.peek()) {
      case BEGIN_OBJECT:
        return List.of(records.read(reader));
      case BEGIN_ARRAY:
        java.util.List<CallReport> reports = new java.util.ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          reports.add(records.read(reader));
        }
        reader.endArray();
        return List.ofAll(reports);
      default:
        throw new CallReportReader.BadContent(reader.getPath(),
            "expected an array of call reports or a single report object but was " + reader.peek().name().toLowerCase(java.util.Locale.ROOT));
    }
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  @Override
  public String toString() {
    return "CallReportParser[platformZone=" + platformZone + ", maxBodyBytes=" + maxBodyBytes + "]";
  }

  /** Configures a parser; every setting has a default. */
  public static final class Builder {
    private ZoneId platformZone = DEFAULT_PLATFORM_ZONE;
    private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;

    private Builder() {}

    /** The zone the platform's wall-clock times are in (default UTC+8). */
    public Builder platformZone(ZoneId zone) {
      this.platformZone = Objects.requireNonNull(zone, "zone == null");
      return this;
    }

    /**
     * The largest body to read, 1 byte to 1 GiB (default 16 MiB); a larger one is refused as
     * {@link ReportParseFailure.TooLarge}.
     */
    public Builder maxBodyBytes(long bytes) {
      if (bytes < 1 || bytes > 1L << 30) {
        throw new IllegalArgumentException("maxBodyBytes must be 1 byte to 1 GiB: " + bytes);
      }
      this.maxBodyBytes = bytes;
      return this;
    }

    /** The parser. */
    public CallReportParser build() {
      return new CallReportParser(platformZone, maxBodyBytes);
    }
  }
}
