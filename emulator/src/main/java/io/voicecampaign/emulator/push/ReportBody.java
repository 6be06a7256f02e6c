package io.voicecampaign.emulator.push;

import io.voicecampaign.domain.report.CallReport;
import io.voicecampaign.emulator.json.JsonWriter;
import io.vavr.collection.HashSet;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * The body of one push: a JSON array of records with the field names of the platform's status-report
 * page, each present field of a {@link CallReport} and then its extra fields, all as the page types
 * them: {@code type} and the durations as numbers, amounts and everything else as strings.
 *
 * <p>Times are written as {@value #TIME_PATTERN} in the platform's zone, the form the page names
 * first; the page's format cannot carry a fraction of a second, so one is dropped. An extra field that
 * bears a documented field's name is not written: the documented value is the record's own.
 */
public final class ReportBody {

  /** The pattern of every time in a push. */
  public static final String TIME_PATTERN = "yyyyMMddHHmmss";

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");
  private static final Set<String> DOCUMENTED = HashSet.of("voiceId", "type", "callee", "displayNum", "submitTime",
      "callTime", "ringingTime", "answerTime", "hangupTime", "billPeriod", "code", "recordingFileId", "ringDuration",
      "currency", "quoteExchange", "chargedDuration", "rate", "cost", "settleRate", "settlePay",
      "aiAgentChargedDuration", "aiAgentBillPeriod", "aiAgentRate", "aiAgentFee", "aiAgentQuoteRate", "aiAgentQuoteFee");

  private ReportBody() {}

  /** {@code reports} as the push body, UTF-8, their times in {@code zone}. */
  public static byte[] write(Seq<CallReport> reports, ZoneId zone) {
    Objects.requireNonNull(reports, "reports == null");
    Objects.requireNonNull(zone, "zone == null");
    JsonWriter json = new JsonWriter().beginArray();
    reports.forEach(report -> record(json, report, zone));
    return json.endArray().toUtf8();
  }

  private static void record(JsonWriter json, CallReport r, ZoneId zone) {
    json.beginObject().name("voiceId").value(r.voiceId());
    r.type().forEach(type -> json.name("type").value(type.code()));
    text(json, "callee", r.callee());
    text(json, "displayNum", r.displayNumber());
    time(json, "submitTime", r.submitTime(), zone);
    time(json, "callTime", r.callTime(), zone);
    time(json, "ringingTime", r.ringingTime(), zone);
    time(json, "answerTime", r.answerTime(), zone);
    time(json, "hangupTime", r.hangupTime(), zone);
    text(json, "billPeriod", r.billPeriod());
    text(json, "code", r.operatorCode());
    text(json, "recordingFileId", r.recordingFileId());
    number(json, "ringDuration", r.ringDuration());
    text(json, "currency", r.currency());
    amount(json, "quoteExchange", r.quoteExchange());
    number(json, "chargedDuration", r.chargedDurationSeconds());
    amount(json, "rate", r.rate());
    amount(json, "cost", r.cost());
    amount(json, "settleRate", r.settleRate());
    amount(json, "settlePay", r.settlePay());
    number(json, "aiAgentChargedDuration", r.aiAgentChargedDurationSeconds());
    text(json, "aiAgentBillPeriod", r.aiAgentBillPeriod());
    amount(json, "aiAgentRate", r.aiAgentRate());
    amount(json, "aiAgentFee", r.aiAgentFee());
    amount(json, "aiAgentQuoteRate", r.aiAgentQuoteRate());
    amount(json, "aiAgentQuoteFee", r.aiAgentQuoteFee());
    r.extraFields().filterKeys(name -> !DOCUMENTED.contains(name)).forEach((name, raw) -> json.name(name).value(raw));
    json.endObject();
  }

  /** {@code instant} as a push writes it. */
  public static String time(Instant instant, ZoneId zone) {
    return TIME.format(LocalDateTime.ofInstant(instant, zone));
  }

  private static void text(JsonWriter json, String name, Option<String> value) {
    value.forEach(v -> json.name(name).value(v));
  }

  private static void number(JsonWriter json, String name, Option<Long> value) {
    value.forEach(v -> json.name(name).value(v));
  }

  private static void amount(JsonWriter json, String name, Option<BigDecimal> value) {
    value.forEach(v -> json.name(name).value(v.toPlainString()));
  }

  private static void time(JsonWriter json, String name, Option<Instant> value, ZoneId zone) {
    value.forEach(v -> json.name(name).value(time(v, zone)));
  }
}
