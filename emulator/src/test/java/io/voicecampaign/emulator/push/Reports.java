package io.voicecampaign.emulator.push;

import io.voicecampaign.domain.report.CallReport;
import io.voicecampaign.domain.report.CallReportType;
import java.math.BigDecimal;
import java.time.Instant;

/** Call reports as the simulator hands them over: every documented field, and the simulator's own. */
final class Reports {

  /** 2025-03-03 09:00 at UTC+8. */
  static final Instant CALLED = Instant.parse("2025-03-03T01:00:00Z");

  private Reports() {}

  /** A report with every documented field set and the simulator's extra fields. */
  static CallReport full(String voiceId) {
    return CallReport.builder(voiceId)
        .type(CallReportType.AI_AGENT_GROUP_CALL)
        .callee("463200000001")
        .displayNumber("1008122211")
        .submitTime(CALLED)
        .callTime(CALLED.plusSeconds(2))
        .ringingTime(CALLED.plusSeconds(3))
        .answerTime(CALLED.plusSeconds(9))
        .hangupTime(CALLED.plusSeconds(70))
        .billPeriod("20+20")
        .operatorCode("46")
        .recordingFileId("rec-" + voiceId)
        .ringDuration(6)
        .currency("EUR")
        .quoteExchange(new BigDecimal("1.0850"))
        .chargedDurationSeconds(80)
        .rate(new BigDecimal("0.0300"))
        .cost(new BigDecimal("0.12"))
        .settleRate(new BigDecimal("0.0276"))
        .settlePay(new BigDecimal("0.1104"))
        .aiAgentChargedDurationSeconds(120)
        .aiAgentBillPeriod("60+60")
        .aiAgentRate(new BigDecimal("0.05"))
        .aiAgentFee(new BigDecimal("0.10"))
        .aiAgentQuoteRate(new BigDecimal("0.054"))
        .aiAgentQuoteFee(new BigDecimal("0.108"))
        .extraField("simTaskId", "task-7")
        .extraField("simRecallAttempt", "0")
        .extraField("simCallResult", "ANSWERED")
        .extraField("simIntent", "99998")
        .build();
  }

  /** A report of an unanswered call: no answer time, no recording, no AI billing. */
  static CallReport unanswered(String voiceId) {
    return CallReport.builder(voiceId)
        .type(CallReportType.AI_AGENT_GROUP_CALL)
        .callee("463200000002")
        .submitTime(CALLED)
        .callTime(CALLED.plusSeconds(2))
        .hangupTime(CALLED.plusSeconds(62))
        .ringDuration(60)
        .extraField("simTaskId", "task-7")
        .extraField("simRecallAttempt", "1")
        .extraField("simCallResult", "NO_ANSWER")
        .build();
  }
}
