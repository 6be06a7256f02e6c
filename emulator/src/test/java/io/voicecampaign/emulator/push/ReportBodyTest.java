package io.voicecampaign.emulator.push;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.adapter.http.report.CallReportParser;
import io.voicecampaign.domain.report.CallReport;
import io.voicecampaign.emulator.json.Json;
import io.voicecampaign.emulator.json.JsonValue;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A push body")
class ReportBodyTest {

  private static final ZoneOffset PLATFORM = ZoneOffset.ofHours(8);

  @Test
  @DisplayName("reads back through the SDK's parser as the same reports, every field and extra field included")
  void roundTrips() {
    Seq<CallReport> reports = List.of(Reports.full("v-1"), Reports.unanswered("v-2"));

    Seq<CallReport> read = CallReportParser.create().parse(ReportBody.write(reports, PLATFORM)).get();

    assertThat(read).containsExactlyElementsOf(reports);
    assertThat(read.get(0).extraFields().keySet().toJavaList())
        .containsExactly("simTaskId", "simRecallAttempt", "simCallResult", "simIntent");
  }

  @Test
  @DisplayName("is a JSON array of records with the documented names and types, times as yyyyMMddHHmmss at UTC+8")
  void documentedShape() throws Exception {
    byte[] body = ReportBody.write(List.of(Reports.full("v-1")), PLATFORM);

    JsonValue.ArrayValue array = (JsonValue.ArrayValue) Json.parse(body);
    JsonValue.ObjectValue record = (JsonValue.ObjectValue) array.elements().get(0);
    assertThat(record.members().keySet()).startsWith("voiceId", "type", "callee", "displayNum", "submitTime", "callTime",
        "ringingTime", "answerTime", "hangupTime", "billPeriod", "code", "recordingFileId", "ringDuration", "currency",
        "quoteExchange", "chargedDuration", "rate", "cost", "settleRate", "settlePay", "aiAgentChargedDuration",
        "aiAgentBillPeriod", "aiAgentRate", "aiAgentFee", "aiAgentQuoteRate", "aiAgentQuoteFee", "simTaskId");
    assertThat(record.members().get("submitTime")).isEqualTo(new JsonValue.StringValue("20250303090000"));
    assertThat(record.members().get("type")).isEqualTo(new JsonValue.NumberValue("1"));
    assertThat(record.members().get("chargedDuration")).isEqualTo(new JsonValue.NumberValue("80"));
    assertThat(record.members().get("rate")).isEqualTo(new JsonValue.StringValue("0.0300"));
  }

  @Test
  @DisplayName("writes only the fields a report has, and no extra field under a documented name")
  void absentFields() {
    CallReport sparse = CallReport.builder("v-3").extraField("code", "shadow").extraField("outRecallCount", "2").build();

    String body = new String(ReportBody.write(List.of(sparse), PLATFORM), StandardCharsets.UTF_8);

    assertThat(body).isEqualTo("[{\"voiceId\":\"v-3\",\"outRecallCount\":\"2\"}]");
    assertThat(new String(ReportBody.write(List.empty(), PLATFORM), StandardCharsets.UTF_8)).isEqualTo("[]");
  }

  @Test
  @DisplayName("drops a fraction of a second, which the documented time format cannot carry")
  void wholeSeconds() {
    CallReport report = CallReport.builder("v-4").hangupTime(Reports.CALLED.plusMillis(999)).build();

    CallReport read = CallReportParser.create().parse(ReportBody.write(List.of(report), PLATFORM)).get().get(0);

    assertThat(read.hangupTime()).contains(Reports.CALLED);
  }
}
