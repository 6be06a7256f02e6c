package io.voicecampaign.adapter.fake.platform;

import io.voicecampaign.adapter.fake.outcome.CallOutcome;
import io.voicecampaign.domain.campaign.DisplayNumber;
import io.voicecampaign.domain.report.CallReport;
import io.voicecampaign.domain.report.CallReportType;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The report of one simulated call, made when its batch is read from what the simulator keeps per
 * call (the callee and the outcome) and what it can work out again (the times, from
 * {@link CallTimes}), so a large task holds no report objects.
 *
 * <p>What the docs do not show goes into the extra fields {@code simTaskId}, {@code simRecallAttempt},
 * {@code simCallResult} and {@code simIntent} (only when the call got an intent): the simulator's
 * own, not the platform's contract.
 */
final class CallReports {

  /** The extra field naming the task that made the call. */
  static final String TASK_ID = "simTaskId";
  /** The extra field holding the attempt: 0 for the launched task, 1.. for recall attempts. */
  static final String RECALL_ATTEMPT = "simRecallAttempt";
  /** The extra field holding how the call ended: ANSWERED, NO_ANSWER or FAILED. */
  static final String CALL_RESULT = "simCallResult";
  /** The extra field holding the call's intent code, when it got one. */
  static final String INTENT = "simIntent";

  private static final String[] OPERATORS = {"op-1", "op-2", "op-3", "op-4"};
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final long seed;
  private final PriceList prices;
  private final String seedTag;
  private final String callPeriod;
  private final String agentPeriod;
  private final java.util.Map<Integer, String> displayNumbers = new java.util.HashMap<>();

  CallReports(long seed, PriceList prices) {
    this.seed = seed;
    this.prices = prices;
    this.seedTag = hex(CallTimes.hash(seed, 0, 0), 8);
    this.callPeriod = prices.callPeriod().toString();
    this.agentPeriod = prices.agentPeriod().toString();
  }

  /** The report of call {@code i} of {@code task}, whose outcome has been drawn. */
  CallReport report(TaskState task, int i) {
    CallOutcome outcome = task.outcome(i);
    Campaign campaign = task.campaign;
    CallTimes times = times(task, i);
    String voiceId = seedTag + hex(task.id.value(), 8) + hex(i, 6);
    String callee = task.callees[i].number().digits();
    CallReport.Builder report = CallReport.builder(voiceId)
        .type(CallReportType.AI_AGENT_GROUP_CALL)
        .callee(callee)
        .displayNumber(campaign.displayNumber().map(DisplayNumber::digits).filter(digits -> !digits.isEmpty())
            .getOrElse(() -> defaultDisplayNumber(task.appIndex)))
        .submitTime(Instant.ofEpochSecond(times.submit()))
        .callTime(Instant.ofEpochSecond(times.call()))
        .hangupTime(Instant.ofEpochSecond(times.hangup()))
        .ringDuration(times.ringSeconds())
        .operatorCode(OPERATORS[Math.floorMod(callee.hashCode(), OPERATORS.length)]);
    if (times.ringing() != CallTimes.NONE) {
      report.ringingTime(Instant.ofEpochSecond(times.ringing()));
    }
    if (times.answer() != CallTimes.NONE) {
      report.answerTime(Instant.ofEpochSecond(times.answer()));
      if (campaign.recording()) {
        report.recordingFileId("rec" + voiceId);
      }
    }
    charge(report, times.talkSeconds());
    report.extraField(TASK_ID, Long.toString(task.id.value()))
        .extraField(RECALL_ATTEMPT, Integer.toString(task.attempt))
        .extraField(CALL_RESULT, outcome.result().name());
    if (outcome.intent().isDefined()) {
      report.extraField(INTENT, outcome.intent().get().value());
    }
    return report.build();
  }

  /** The times of call {@code i} of {@code task}, whose outcome has been drawn. */
  CallTimes times(TaskState task, int i) {
    return CallTimes.of(task.placedAt(i), task.outcome(i).result(), CallTimes.hash(seed, task.id.value(), i),
        task.campaign.maxRingSeconds(), task.campaign.maxCallSeconds());
  }

  private void charge(CallReport.Builder report, long talkSeconds) {
    long charged = prices.callPeriod().charged(talkSeconds);
    long agentCharged = prices.agentPeriod().charged(talkSeconds);
    BigDecimal chargedSeconds = BigDecimal.valueOf(charged);
    BigDecimal agentSeconds = BigDecimal.valueOf(agentCharged);
    BigDecimal agentLocalRate = prices.reportsLocalAmounts() ? prices.agentRate().multiply(prices.quoteExchange()) : prices.agentRate();
    report.billPeriod(callPeriod)
        .chargedDurationSeconds(charged)
        .rate(prices.callRate())
        .cost(prices.callRate().multiply(chargedSeconds))
        .aiAgentChargedDurationSeconds(agentCharged)
        .aiAgentBillPeriod(agentPeriod)
        .aiAgentRate(agentLocalRate)
        .aiAgentFee(agentLocalRate.multiply(agentSeconds))
        .aiAgentQuoteRate(prices.agentRate())
        .aiAgentQuoteFee(prices.agentRate().multiply(agentSeconds));
    if (prices.reportsLocalAmounts()) {
      BigDecimal settleRate = prices.callRate().multiply(prices.quoteExchange());
      report.currency(prices.localCurrency())
          .quoteExchange(prices.quoteExchange())
          .settleRate(settleRate)
          .settlePay(settleRate.multiply(chargedSeconds));
    }
  }

  /** The caller number shown when the campaign set none: one per application, fixed by the seed. */
  private String defaultDisplayNumber(int appIndex) {
    return displayNumbers.computeIfAbsent(appIndex,
        app -> "852" + (10_000_000L + Long.remainderUnsigned(CallTimes.hash(seed, -app, 1), 90_000_000L)));
  }

  private static String hex(long value, int digits) {
    char[] text = new char[digits];
    for (int i = digits - 1; i >= 0; i--) {
      text[i] = HEX[(int) (value & 0xF)];
      value >>>= 4;
    }
    return new String(text);
  }
}
