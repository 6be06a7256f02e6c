package io.voicecampaign.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.voicecampaign.domain.fixtures.CallReportFixtures;
import io.vavr.control.Option;
import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("CallReport")
class CallReportTest {

  @Test
  @DisplayName("holds every documented field of the AI-agent push")
  void everyField() {
    CallReport report = CallReportFixtures.answered();

    assertThat(report.voiceId()).isEqualTo(CallReportFixtures.VOICE_ID);
    assertThat(report.type()).isEqualTo(Option.some(CallReportType.AI_AGENT_GROUP_CALL));
    assertThat(report.callee()).isEqualTo(Option.some("463200000007"));
    assertThat(report.displayNumber()).isEqualTo(Option.some("1008122211"));
    assertThat(report.submitTime()).isEqualTo(Option.some(CallReportFixtures.SUBMITTED));
    assertThat(report.callTime().get()).isAfter(report.submitTime().get());
    assertThat(report.ringingTime().get()).isAfter(report.callTime().get());
    assertThat(report.answerTime().get()).isAfter(report.ringingTime().get());
    assertThat(report.hangupTime().get()).isAfter(report.answerTime().get());
    assertThat(report.billPeriod()).isEqualTo(Option.some("20+20"));
    assertThat(report.operatorCode()).isEqualTo(Option.some("46"));
    assertThat(report.recordingFileId()).isEqualTo(Option.some("rec-5009611-0001"));
    assertThat(report.ringDuration()).isEqualTo(Option.some(6L));
    assertThat(report.currency()).isEqualTo(Option.some("EUR"));
    assertThat(report.quoteExchange()).isEqualTo(Option.some(new BigDecimal("0.92")));
    assertThat(report.chargedDurationSeconds()).isEqualTo(Option.some(80L));
    assertThat(report.rate()).isEqualTo(Option.some(new BigDecimal("0.0300")));
    assertThat(report.cost()).isEqualTo(Option.some(new BigDecimal("0.1200")));
    assertThat(report.settleRate()).isEqualTo(Option.some(new BigDecimal("0.0276")));
    assertThat(report.settlePay()).isEqualTo(Option.some(new BigDecimal("0.1104")));
    assertThat(report.aiAgentChargedDurationSeconds()).isEqualTo(Option.some(120L));
    assertThat(report.aiAgentBillPeriod()).isEqualTo(Option.some("60+60"));
    assertThat(report.aiAgentRate()).isEqualTo(Option.some(new BigDecimal("0.0184")));
    assertThat(report.aiAgentFee()).isEqualTo(Option.some(new BigDecimal("0.0368")));
    assertThat(report.aiAgentQuoteRate()).isEqualTo(Option.some(new BigDecimal("0.0200")));
    assertThat(report.aiAgentQuoteFee()).isEqualTo(Option.some(new BigDecimal("0.0400")));
    assertThat(report.extraFields()).isEmpty();
    assertThat(report.answered()).isTrue();
  }

  @Test
  @DisplayName("only the id is required; an unanswered call has no answer time")
  void minimal() {
    CallReport report = CallReport.builder("v1").build();

    assertThat(report.type()).isEqualTo(Option.none());
    assertThat(report.answered()).isFalse();
    assertThat(CallReportFixtures.unanswered("v2").answered()).isFalse();
    assertThatNullPointerException().isThrownBy(() -> CallReport.builder(null)).withMessage("voiceId == null");
  }

  @Test
  @DisplayName("fields the docs do not list are kept as raw text, in the order sent, a later value replacing an earlier one")
  void extraFields() {
    CallReport report = CallReport.builder("v1")
        .extraField("outRecallCount", "2").extraField("intent", "99998").extraField("result", "{\"a\":1}")
        .extraField("outRecallCount", "3").build();

    assertThat(report.extraFields().keySet()).containsExactly("outRecallCount", "intent", "result");
    assertThat(report.extraField("outRecallCount")).isEqualTo(Option.some("3"));
    assertThat(report.extraField("result")).isEqualTo(Option.some("{\"a\":1}"));
    assertThat(report.extraField("absent")).isEqualTo(Option.none());
  }

  @Test
  @DisplayName("toString masks both phone numbers")
  void masked() {
    String text = CallReportFixtures.answered().toString();

    assertThat(text).doesNotContain("463200000007", "1008122211").contains("********0007", "******2211", "answered=true");
  }

  @Test
  @DisplayName("the documented type is 1, AI-agent group call")
  void documentedType() {
    assertThat(CallReportType.of(1)).isEqualTo(CallReportType.AI_AGENT_GROUP_CALL);
    assertThat(CallReportType.AI_AGENT_GROUP_CALL.isKnown()).isTrue();
    assertThat(CallReportType.AI_AGENT_GROUP_CALL).hasToString("AI_AGENT_GROUP_CALL");
    assertThat(CallReportType.documented()).containsExactly(CallReportType.AI_AGENT_GROUP_CALL);
  }

  @ParameterizedTest(name = "{0} is unknown({0})")
  @ValueSource(ints = {0, 2, 3, 4, -1})
  @DisplayName("any other type is kept as unknown(n)")
  void unknownType(int code) {
    assertThat(CallReportType.of(code).isKnown()).isFalse();
    assertThat(CallReportType.of(code).name()).isEqualTo("UNKNOWN");
    assertThat(CallReportType.of(code)).hasToString("unknown(" + code + ")");
  }
}
