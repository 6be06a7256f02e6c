package io.voicecampaign.domain.report;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One call of an AI-agent campaign as the platform reports it in its status-report push (one record
 * of the pushed batch). The platform owns these values: every documented field is optional except the
 * record's id, unknown types are kept, and fields the docs do not list are kept as raw text in
 * {@link #extraFields()} so that nothing the platform sent is lost.
 *
 * <p>Amounts are exact decimals. {@code rate}, {@code cost} and the {@code aiAgentQuote*} amounts are
 * in the account's quote currency; {@code settle*} and {@code aiAgentRate}/{@code aiAgentFee} in the
 * local currency, which the platform sends (with {@code currency} and {@code quoteExchange}) only
 * when the quote currency is not USD.
 *
 * @param voiceId                the record's id ({@code voiceId})
 * @param type                   the kind of call ({@code type}), when sent
 * @param callee                 the number called ({@code callee}), as sent
 * @param displayNumber          the caller number shown ({@code displayNum}), as sent
 * @param submitTime             when the call was submitted ({@code submitTime})
 * @param callTime               when the platform dialled ({@code callTime})
 * @param ringingTime            when the callee's phone started ringing ({@code ringingTime})
 * @param answerTime             when the callee answered ({@code answerTime}); absent when not answered
 * @param hangupTime             when the call ended ({@code hangupTime})
 * @param billPeriod             the billing increments of the call, e.g. "20+20" or "60+60" ({@code billPeriod})
 * @param operatorCode           the regional operator ({@code code})
 * @param recordingFileId        the recording's file id ({@code recordingFileId}), when recorded
 * @param ringDuration           how long the phone rang, as the platform counts it ({@code ringDuration})
 * @param currency               the local currency, e.g. EUR ({@code currency})
 * @param quoteExchange          the exchange rate between quote and local currency ({@code quoteExchange})
 * @param chargedDurationSeconds the charged call time in seconds ({@code chargedDuration})
 * @param rate                   the call's rate in the quote currency ({@code rate})
 * @param cost                   the call's cost in the quote currency ({@code cost})
 * @param settleRate             the call's rate in the local currency ({@code settleRate})
 * @param settlePay              the call's cost in the local currency ({@code settlePay})
 * @param aiAgentChargedDurationSeconds the AI agent's charged time in seconds ({@code aiAgentChargedDuration})
 * @param aiAgentBillPeriod      the AI agent's billing increments, e.g. "60+60" ({@code aiAgentBillPeriod})
 * @param aiAgentRate            the AI agent's rate in the local currency ({@code aiAgentRate})
 * @param aiAgentFee             the AI agent's fee in the local currency ({@code aiAgentFee})
 * @param aiAgentQuoteRate       the AI agent's rate in the quote currency ({@code aiAgentQuoteRate})
 * @param aiAgentQuoteFee        the AI agent's fee in the quote currency ({@code aiAgentQuoteFee})
 * @param extraFields            every field the docs do not list, by name, in the order sent: a string
 *                               as its text, any other value as its JSON text
 */
public record CallReport(
    String voiceId,
    Option<CallReportType> type,
    Option<String> callee,
    Option<String> displayNumber,
    Option<Instant> submitTime,
    Option<Instant> callTime,
    Option<Instant> ringingTime,
    Option<Instant> answerTime,
    Option<Instant> hangupTime,
    Option<String> billPeriod,
    Option<String> operatorCode,
    Option<String> recordingFileId,
    Option<Long> ringDuration,
    Option<String> currency,
    Option<BigDecimal> quoteExchange,
    Option<Long> chargedDurationSeconds,
    Option<BigDecimal> rate,
    Option<BigDecimal> cost,
    Option<BigDecimal> settleRate,
    Option<BigDecimal> settlePay,
    Option<Long> aiAgentChargedDurationSeconds,
    Option<String> aiAgentBillPeriod,
    Option<BigDecimal> aiAgentRate,
    Option<BigDecimal> aiAgentFee,
    Option<BigDecimal> aiAgentQuoteRate,
    Option<BigDecimal> aiAgentQuoteFee,
    Map<String, String> extraFields) {

  public CallReport {
    Objects.requireNonNull(voiceId, "voiceId == null");
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(callee, "callee == null");
    Objects.requireNonNull(displayNumber, "displayNumber == null");
    Objects.requireNonNull(submitTime, "submitTime == null");
    Objects.requireNonNull(callTime, "callTime == null");
    Objects.requireNonNull(ringingTime, "ringingTime == null");
    Objects.requireNonNull(answerTime, "answerTime == null");
    Objects.requireNonNull(hangupTime, "hangupTime == null");
    Objects.requireNonNull(billPeriod, "billPeriod == null");
    Objects.requireNonNull(operatorCode, "operatorCode == null");
    Objects.requireNonNull(recordingFileId, "recordingFileId == null");
    Objects.requireNonNull(ringDuration, "ringDuration == null");
    Objects.requireNonNull(currency, "currency == null");
    Objects.requireNonNull(quoteExchange, "quoteExchange == null");
    Objects.requireNonNull(chargedDurationSeconds, "chargedDurationSeconds == null");
    Objects.requireNonNull(rate, "rate == null");
    Objects.requireNonNull(cost, "cost == null");
    Objects.requireNonNull(settleRate, "settleRate == null");
    Objects.requireNonNull(settlePay, "settlePay == null");
    Objects.requireNonNull(aiAgentChargedDurationSeconds, "aiAgentChargedDurationSeconds == null");
    Objects.requireNonNull(aiAgentBillPeriod, "aiAgentBillPeriod == null");
    Objects.requireNonNull(aiAgentRate, "aiAgentRate == null");
    Objects.requireNonNull(aiAgentFee, "aiAgentFee == null");
    Objects.requireNonNull(aiAgentQuoteRate, "aiAgentQuoteRate == null");
    Objects.requireNonNull(aiAgentQuoteFee, "aiAgentQuoteFee == null");
    Objects.requireNonNull(extraFields, "extraFields == null");
  }

  /** A builder for the report with id {@code voiceId}; every other field starts absent. */
  public static Builder builder(String voiceId) {
    return new Builder(voiceId);
  }

  /** True when the callee answered (the report has an answer time). */
  public boolean answered() {
    return answerTime.isDefined();
  }

  /** The raw text of a field the docs do not list (e.g. {@code outRecallCount}), if it was sent. */
  public Option<String> extraField(String name) {
    return extraFields.get(name);
  }

  /** Names the record without printing whole phone numbers: both are masked to their last four digits. */
  @Override
  public String toString() {
    return "CallReport[voiceId=" + voiceId + ", type=" + type.map(String::valueOf).getOrElse("-")
        + ", callee=" + callee.map(CallReport::mask).getOrElse("-")
        + ", displayNumber=" + displayNumber.map(CallReport::mask).getOrElse("-")
        + ", answered=" + answered() + ", hangupTime=" + hangupTime.map(String::valueOf).getOrElse("-")
        + ", extraFields=" + extraFields.keySet().mkString("[", ",", "]") + "]";
  }

  private static String mask(String number) {
    int keep = Math.min(4, number.length());
    return "*".repeat(number.length() - keep) + number.substring(number.length() - keep);
  }

  /** Collects a report's fields; not thread-safe. Every setter takes the value as the domain knows it. */
  public static final class Builder {
    private final String voiceId;
    private Option<CallReportType> type = Option.none();
    private Option<String> callee = Option.none();
    private Option<String> displayNumber = Option.none();
    private Option<Instant> submitTime = Option.none();
    private Option<Instant> callTime = Option.none();
    private Option<Instant> ringingTime = Option.none();
    private Option<Instant> answerTime = Option.none();
    private Option<Instant> hangupTime = Option.none();
    private Option<String> billPeriod = Option.none();
    private Option<String> operatorCode = Option.none();
    private Option<String> recordingFileId = Option.none();
    private Option<Long> ringDuration = Option.none();
    private Option<String> currency = Option.none();
    private Option<BigDecimal> quoteExchange = Option.none();
    private Option<Long> chargedDurationSeconds = Option.none();
    private Option<BigDecimal> rate = Option.none();
    private Option<BigDecimal> cost = Option.none();
    private Option<BigDecimal> settleRate = Option.none();
    private Option<BigDecimal> settlePay = Option.none();
    private Option<Long> aiAgentChargedDurationSeconds = Option.none();
    private Option<String> aiAgentBillPeriod = Option.none();
    private Option<BigDecimal> aiAgentRate = Option.none();
    private Option<BigDecimal> aiAgentFee = Option.none();
    private Option<BigDecimal> aiAgentQuoteRate = Option.none();
    private Option<BigDecimal> aiAgentQuoteFee = Option.none();
    private Map<String, String> extraFields = LinkedHashMap.empty();

    private Builder(String voiceId) {
      this.voiceId = Objects.requireNonNull(voiceId, "voiceId == null");
    }

    /** The kind of call. */
    public Builder type(CallReportType value) {
      type = Option.of(value);
      return this;
    }

    /** The number called. */
    public Builder callee(String value) {
      callee = Option.of(value);
      return this;
    }

    /** The caller number shown. */
    public Builder displayNumber(String value) {
      displayNumber = Option.of(value);
      return this;
    }

    /** When the call was submitted. */
    public Builder submitTime(Instant value) {
      submitTime = Option.of(value);
      return this;
    }

    /** When the platform dialled. */
    public Builder callTime(Instant value) {
      callTime = Option.of(value);
      return this;
    }

    /** When the phone started ringing. */
    public Builder ringingTime(Instant value) {
      ringingTime = Option.of(value);
      return this;
    }

    /** When the callee answered. */
    public Builder answerTime(Instant value) {
      answerTime = Option.of(value);
      return this;
    }

    /** When the call ended. */
    public Builder hangupTime(Instant value) {
      hangupTime = Option.of(value);
      return this;
    }

    /** The billing increments, e.g. "20+20". */
    public Builder billPeriod(String value) {
      billPeriod = Option.of(value);
      return this;
    }

    /** The regional operator ({@code code}). */
    public Builder operatorCode(String value) {
      operatorCode = Option.of(value);
      return this;
    }

    /** The recording's file id. */
    public Builder recordingFileId(String value) {
      recordingFileId = Option.of(value);
      return this;
    }

    /** How long the phone rang. */
    public Builder ringDuration(long value) {
      ringDuration = Option.some(value);
      return this;
    }

    /** The local currency. */
    public Builder currency(String value) {
      currency = Option.of(value);
      return this;
    }

    /** The exchange rate between quote and local currency. */
    public Builder quoteExchange(BigDecimal value) {
      quoteExchange = Option.of(value);
      return this;
    }

    /** The charged call time in seconds. */
    public Builder chargedDurationSeconds(long value) {
      chargedDurationSeconds = Option.some(value);
      return this;
    }

    /** The rate in the quote currency. */
    public Builder rate(BigDecimal value) {
      rate = Option.of(value);
      return this;
    }

    /** The cost in the quote currency. */
    public Builder cost(BigDecimal value) {
      cost = Option.of(value);
      return this;
    }

    /** The rate in the local currency. */
    public Builder settleRate(BigDecimal value) {
      settleRate = Option.of(value);
      return this;
    }

    /** The cost in the local currency. */
    public Builder settlePay(BigDecimal value) {
      settlePay = Option.of(value);
      return this;
    }

    /** The AI agent's charged time in seconds. */
    public Builder aiAgentChargedDurationSeconds(long value) {
      aiAgentChargedDurationSeconds = Option.some(value);
      return this;
    }

    /** The AI agent's billing increments, e.g. "60+60". */
    public Builder aiAgentBillPeriod(String value) {
      aiAgentBillPeriod = Option.of(value);
      return this;
    }

    /** The AI agent's rate in the local currency. */
    public Builder aiAgentRate(BigDecimal value) {
      aiAgentRate = Option.of(value);
      return this;
    }

    /** The AI agent's fee in the local currency. */
    public Builder aiAgentFee(BigDecimal value) {
      aiAgentFee = Option.of(value);
      return this;
    }

    /** The AI agent's rate in the quote currency. */
    public Builder aiAgentQuoteRate(BigDecimal value) {
      aiAgentQuoteRate = Option.of(value);
      return this;
    }

    /** The AI agent's fee in the quote currency. */
    public Builder aiAgentQuoteFee(BigDecimal value) {
      aiAgentQuoteFee = Option.of(value);
      return this;
    }

    /** Keeps a field the docs do not list, as raw text; a later value for the same name replaces it. */
    public Builder extraField(String name, String rawValue) {
      extraFields = extraFields.put(Objects.requireNonNull(name, "name == null"), Objects.requireNonNull(rawValue, "rawValue == null"));
      return this;
    }

    /** The report. */
    public CallReport build() {
      return new CallReport(voiceId, type, callee, displayNumber, submitTime, callTime, ringingTime, answerTime,
          hangupTime, billPeriod, operatorCode, recordingFileId, ringDuration, currency, quoteExchange,
          chargedDurationSeconds, rate, cost, settleRate, settlePay, aiAgentChargedDurationSeconds, aiAgentBillPeriod,
          aiAgentRate, aiAgentFee, aiAgentQuoteRate, aiAgentQuoteFee, extraFields);
    }
  }
}
