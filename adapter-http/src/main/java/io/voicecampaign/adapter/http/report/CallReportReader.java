package io.voicecampaign.adapter.http.report;

import com.squareup.moshi.JsonReader;
import io.voicecampaign.domain.report.CallReport;
import io.voicecampaign.domain.report.CallReportType;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads one call report object from a Moshi reader, field by field, tolerating the type variants of
 * the platform's pushes: numbers sent as strings and strings sent as numbers, {@code null} or blank
 * for absent values, and fields the docs do not list (kept as raw text).
 */
final class CallReportReader {

  private final ReportTimes times;

  CallReportReader(ReportTimes times) {
    this.times = Objects.requireNonNull(times, "times == null");
  }

  /** A field's value that cannot be read, with its JSON path; it never leaves the package. */
  static final class BadContent extends Exception {
    private static final long serialVersionUID = 1L;

    final String path;

    BadContent(String path, String reason) {
      super(reason, null, false, false);
      this.path = path;
    }
  }

  /** Reads the object the reader is at; the reader ends after it. */
  CallReport read(JsonReader reader) throws IOException, BadContent {
    String recordPath = reader.getPath();
    if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
      throw new BadContent(recordPath, "expected an object (one call report) but was " + describe(reader.peek()));
    }
    Fields fields = new Fields();
    reader.beginObject();
    while (reader.hasNext()) {
      String name = reader.nextName();
      field(reader, name, fields);
    }
    reader.endObject();
    if (fields.voiceId == null || fields.voiceId.isBlank()) {
      throw new BadContent(recordPath, "the report has no voiceId");
    }
    return fields.build();
  }

  private void field(JsonReader reader, String name, Fields f) throws IOException, BadContent {
    switch (name) {
      case "voiceId" -> text(reader).forEach(v -> f.voiceId = v);
      case "type" -> {
        Option<Long> code = wholeNumber(reader);
        if (code.isDefined() && (code.get() < Integer.MIN_VALUE || code.get() > Integer.MAX_VALUE)) {
          throw new BadContent(reader.getPath(), "the type " + code.get() + " is out of range");
        }
        code.forEach(c -> f.builder(b -> b.type(CallReportType.of(c.intValue()))));
      }
      case "callee" -> text(reader).forEach(v -> f.builder(b -> b.callee(v)));
      case "displayNum" -> text(reader).forEach(v -> f.builder(b -> b.displayNumber(v)));
      case "submitTime" -> time(reader).forEach(v -> f.builder(b -> b.submitTime(v)));
      case "callTime" -> time(reader).forEach(v -> f.builder(b -> b.callTime(v)));
      case "ringingTime" -> time(reader).forEach(v -> f.builder(b -> b.ringingTime(v)));
      case "answerTime" -> time(reader).forEach(v -> f.builder(b -> b.answerTime(v)));
      case "hangupTime" -> time(reader).forEach(v -> f.builder(b -> b.hangupTime(v)));
      case "billPeriod" -> text(reader).forEach(v -> f.builder(b -> b.billPeriod(v)));
      case "code" -> text(reader).forEach(v -> f.builder(b -> b.operatorCode(v)));
      case "recordingFileId" -> text(reader).forEach(v -> f.builder(b -> b.recordingFileId(v)));
      case "ringDuration" -> wholeNumber(reader).forEach(v -> f.builder(b -> b.ringDuration(v)));
      case "currency" -> text(reader).forEach(v -> f.builder(b -> b.currency(v)));
      case "quoteExchange" -> decimal(reader).forEach(v -> f.builder(b -> b.quoteExchange(v)));
      case "chargedDuration" -> wholeNumber(reader).forEach(v -> f.builder(b -> b.chargedDurationSeconds(v)));
      case "rate" -> decimal(reader).forEach(v -> f.builder(b -> b.rate(v)));
      case "cost" -> decimal(reader).forEach(v -> f.builder(b -> b.cost(v)));
      case "settleRate" -> decimal(reader).forEach(v -> f.builder(b -> b.settleRate(v)));
      case "settlePay" -> decimal(reader).forEach(v -> f.builder(b -> b.settlePay(v)));
      case "aiAgentChargedDuration" -> wholeNumber(reader).forEach(v -> f.builder(b -> b.aiAgentChargedDurationSeconds(v)));
      case "aiAgentBillPeriod" -> text(reader).forEach(v -> f.builder(b -> b.aiAgentBillPeriod(v)));
      case "aiAgentRate" -> decimal(reader).forEach(v -> f.builder(b -> b.aiAgentRate(v)));
      case "aiAgentFee" -> decimal(reader).forEach(v -> f.builder(b -> b.aiAgentFee(v)));
      case "aiAgentQuoteRate" -> decimal(reader).forEach(v -> f.builder(b -> b.aiAgentQuoteRate(v)));
      case "aiAgentQuoteFee" -> decimal(reader).forEach(v -> f.builder(b -> b.aiAgentQuoteFee(v)));
      default -> f.extra(name, raw(reader));
    }
  }

  /** A string as it is, a number as its literal; absent for null. */
  private static Option<String> text(JsonReader reader) throws IOException, BadContent {
    switch (reader.peek()) {
      case STRING:
      case NUMBER:
        return Option.some(reader.nextString());
      case NULL:
        reader.nextNull();
        return Option.none();
      default:
        throw new BadContent(reader.getPath(), "expected a string or a number but was " + describe(reader.peek()));
    }
  }

  private static Option<String> nonBlank(JsonReader reader) throws IOException, BadContent {
    return text(reader).map(String::strip).filter(s -> !s.isEmpty());
  }

  /** A whole number sent as a number or a string ("30", 30, 30.0); absent for null or blank. */
  private static Option<Long> wholeNumber(JsonReader reader) throws IOException, BadContent {
    Option<String> text = nonBlank(reader);
    if (text.isEmpty()) {
      return Option.none();
    }
    try {
      return Option.some(new BigDecimal(text.get()).longValueExact());
    } catch (NumberFormatException | ArithmeticException e) {
      throw new BadContent(reader.getPath(), "expected a whole number but was '" + text.get() + "'");
    }
  }

  /** An exact decimal sent as a number or a string ("0.0300", 0.03); absent for null or blank. */
  private static Option<BigDecimal> decimal(JsonReader reader) throws IOException, BadContent {
    Option<String> text = nonBlank(reader);
    if (text.isEmpty()) {
      return Option.none();
    }
    try {
      return Option.some(new BigDecimal(text.get()));
    } catch (NumberFormatException e) {
      throw new BadContent(reader.getPath(), "expected a decimal amount but was '" + text.get() + "'");
    }
  }

  private Option<Instant> time(JsonReader reader) throws IOException, BadContent {
    Option<String> text = text(reader);
    if (text.isEmpty()) {
      return Option.none();
    }
    Either<String, Option<Instant>> parsed = times.parse(text.get());
    if (parsed.isLeft()) {
      throw new BadContent(reader.getPath(), parsed.getLeft());
    }
    return parsed.get();
  }

  /** An undocumented field's value: a string's text, any other value as its JSON text. */
  private static String raw(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.STRING) {
      return reader.nextString();
    }
    try (okio.BufferedSource source = reader.nextSource()) {
      return source.readUtf8();
    }
  }

  private static String describe(JsonReader.Token token) {
    switch (token) {
      case BEGIN_OBJECT:
        return "an object";
      case BEGIN_ARRAY:
        return "an array";
      case BOOLEAN:
        return "a boolean";
      case NULL:
        return "null";
      case STRING:
        return "a string";
      case NUMBER:
        return "a number";
      default:
        return token.name();
    }
  }

  /** The values read so far; the id may come after other fields. */
  private static final class Fields {
    private String voiceId;
    private final java.util.List<Consumer<CallReport.Builder>> steps = new java.util.ArrayList<>();
    private final java.util.LinkedHashMap<String, String> extras = new java.util.LinkedHashMap<>();

    void builder(Consumer<CallReport.Builder> step) {
      steps.add(step);
    }

    void extra(String name, String value) {
      extras.put(name, value);
    }

    CallReport build() {
      CallReport.Builder builder = CallReport.builder(voiceId);
      steps.forEach(step -> step.accept(builder));
      extras.forEach(builder::extraField);
      return builder.build();
    }
  }
}
