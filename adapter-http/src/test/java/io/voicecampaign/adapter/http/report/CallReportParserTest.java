package io.voicecampaign.adapter.http.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.voicecampaign.domain.fixtures.CallReportFixtures;
import io.voicecampaign.domain.report.CallReport;
import io.voicecampaign.domain.report.CallReportType;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import io.voicecampaign.application.port.out.ReportParseFailure;

@DisplayName("CallReportParser")
class CallReportParserTest {

  /** The fixture's answered call, every documented field with the docs' types. */
  static final String ANSWERED = """
      {"voiceId":"V2025081719301300001","type":1,"callee":"463200000007","displayNum":"1008122211",
       "submitTime":"20250817193013","callTime":"20250817193015","ringingTime":"20250817193016",
       "answerTime":"20250817193022","hangupTime":"20250817193127","billPeriod":"20+20","code":"46",
       "recordingFileId":"rec-5009611-0001","ringDuration":6,"currency":"EUR","quoteExchange":"0.92",
       "chargedDuration":80,"rate":"0.0300","cost":"0.1200","settleRate":"0.0276","settlePay":"0.1104",
       "aiAgentChargedDuration":120,"aiAgentBillPeriod":"60+60","aiAgentRate":"0.0184","aiAgentFee":"0.0368",
       "aiAgentQuoteRate":"0.0200","aiAgentQuoteFee":"0.0400"}""";

  private final CallReportParser parser = CallReportParser.create();

  private static byte[] utf8(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }

  private Seq<CallReport> reports(String json) {
    Either<ReportParseFailure, Seq<CallReport>> parsed = parser.parse(utf8(json));
    assertThat(parsed.isRight()).as("refused: %s", parsed.isLeft() ? parsed.getLeft().message() : "").isTrue();
    return parsed.get();
  }

  private CallReport report(String json) {
    return reports(json).single();
  }

  private ReportParseFailure failure(String json) {
    Either<ReportParseFailure, Seq<CallReport>> parsed = parser.parse(utf8(json));
    assertThat(parsed.isLeft()).as("accepted %s", parsed).isTrue();
    return parsed.getLeft();
  }

  @Nested
  @DisplayName("the documented batch")
  class Documented {

    @Test
    @DisplayName("a batch of reports becomes domain reports in order, every documented field read")
    void batch() {
      Seq<CallReport> reports = reports("[" + ANSWERED + ",{\"voiceId\":\"V2\",\"type\":1,\"callee\":\"463200000008\"}]");

      assertThat(reports).hasSize(2);
      assertThat(reports.get(0)).isEqualTo(CallReportFixtures.answered());
      assertThat(reports.get(1).voiceId()).isEqualTo("V2");
      assertThat(reports.get(1).answered()).isFalse();
    }

    @Test
    @DisplayName("an empty batch is no report")
    void empty() {
      assertThat(reports(" [ ] ")).isEmpty();
    }

    @Test
    @DisplayName("a single report object instead of an array is a batch of one")
    void singleObject() {
      assertThat(report(ANSWERED)).isEqualTo(CallReportFixtures.answered());
    }

    @Test
    @DisplayName("a leading UTF-8 byte order mark is skipped")
    void byteOrderMark() {
      byte[] body = utf8("\uFEFF[" + ANSWERED + "]");

      assertThat(parser.parse(body).get()).containsExactly(CallReportFixtures.answered());
    }

    @Test
    @DisplayName("the same body read from a stream gives the same reports")
    void stream() {
      byte[] body = utf8("[" + ANSWERED + "]");

      assertThat(parser.parse(new ByteArrayInputStream(body))).isEqualTo(parser.parse(body));
    }
  }

  @Nested
  @DisplayName("type variants")
  class Variants {

    @Test
    @DisplayName("numbers sent as strings are read as numbers")
    void numbersAsStrings() {
      CallReport report = report("""
          {"voiceId":"v","type":"1","ringDuration":"6","chargedDuration":" 80 ","aiAgentChargedDuration":"120.0",
           "rate":"0.03","cost":"1E-2"}""");

      assertThat(report.type()).isEqualTo(Option.some(CallReportType.AI_AGENT_GROUP_CALL));
      assertThat(report.ringDuration()).isEqualTo(Option.some(6L));
      assertThat(report.chargedDurationSeconds()).isEqualTo(Option.some(80L));
      assertThat(report.aiAgentChargedDurationSeconds()).isEqualTo(Option.some(120L));
      assertThat(report.rate()).isEqualTo(Option.some(new BigDecimal("0.03")));
      assertThat(report.cost().get()).isEqualByComparingTo("0.01");
    }

    @Test
    @DisplayName("strings sent as numbers are kept as the number's exact text, and amounts as exact decimals")
    void stringsAsNumbers() {
      CallReport report = report("""
          {"voiceId":987654321,"callee":463200000007,"displayNum":1008122211,"code":46,"recordingFileId":55,
           "rate":0.0300,"settlePay":12345678901234567890.123456789}""");

      assertThat(report.voiceId()).isEqualTo("987654321");
      assertThat(report.callee()).isEqualTo(Option.some("463200000007"));
      assertThat(report.displayNumber()).isEqualTo(Option.some("1008122211"));
      assertThat(report.operatorCode()).isEqualTo(Option.some("46"));
      assertThat(report.recordingFileId()).isEqualTo(Option.some("55"));
      assertThat(report.rate()).isEqualTo(Option.some(new BigDecimal("0.0300")));
      assertThat(report.settlePay()).isEqualTo(Option.some(new BigDecimal("12345678901234567890.123456789")));
    }

    @Test
    @DisplayName("null and blank values are absent; an empty string stays an empty string")
    void absentValues() {
      CallReport report = report("""
          {"voiceId":"v","type":null,"callee":null,"answerTime":"","hangupTime":null,"rate":" ","ringDuration":"",
           "currency":""}""");

      assertThat(report.type()).isEqualTo(Option.none());
      assertThat(report.callee()).isEqualTo(Option.none());
      assertThat(report.answerTime()).isEqualTo(Option.none());
      assertThat(report.hangupTime()).isEqualTo(Option.none());
      assertThat(report.rate()).isEqualTo(Option.none());
      assertThat(report.ringDuration()).isEqualTo(Option.none());
      assertThat(report.currency()).isEqualTo(Option.some(""));
    }

    @ParameterizedTest(name = "{0} is 2025-08-17 19:30:13 at UTC+8")
    @CsvSource(delimiter = '|', value = {
        "\"20250817193013\"      | yyyyMMddHHmmss string",
        "20250817193013          | yyyyMMddHHmmss number",
        "\"20250817193013000\"   | yyyyMMddHHmmssSSS string",
        "1755430213000           | epoch milliseconds number",
        "\"1755430213000\"       | epoch milliseconds string",
        "1755430213              | epoch seconds number",
        "\"1755430213\"          | epoch seconds string",
        "\"2025-08-17 19:30:13\" | platform date-time",
        "\"2025-08-17T19:30:13+08:00\" | ISO-8601 with offset",
    })
    @DisplayName("times are read in every form the platform's pushes use")
    void times(String json, String form) {
      CallReport report = report("{\"voiceId\":\"v\",\"submitTime\":" + json + ",\"answerTime\":" + json + "}");

      assertThat(report.submitTime()).isEqualTo(Option.some(Instant.parse("2025-08-17T11:30:13Z")));
      assertThat(report.answerTime()).isEqualTo(report.submitTime());
    }

    @Test
    @DisplayName("zero times are absent: an unanswered call has no answer time")
    void zeroTimes() {
      CallReport report = report("{\"voiceId\":\"v\",\"answerTime\":0,\"ringingTime\":\"0\",\"callTime\":\"00000000000000\"}");

      assertThat(report.answered()).isFalse();
      assertThat(report.ringingTime()).isEqualTo(Option.none());
      assertThat(report.callTime()).isEqualTo(Option.none());
    }

    @Test
    @DisplayName("wall-clock times are read in the configured platform zone")
    void configuredZone() {
      CallReportParser utc = CallReportParser.builder().platformZone(ZoneOffset.UTC).build();

      CallReport report = utc.parse(utf8("{\"voiceId\":\"v\",\"submitTime\":\"20250817193013\",\"hangupTime\":1755430213}")).get().single();

      assertThat(report.submitTime()).isEqualTo(Option.some(Instant.parse("2025-08-17T19:30:13Z")));
      assertThat(report.hangupTime()).isEqualTo(Option.some(Instant.parse("2025-08-17T11:30:13Z")));
      assertThat(utc.platformZone()).isEqualTo(ZoneOffset.UTC);
      assertThat(parser.platformZone()).isEqualTo(ZoneOffset.ofHours(8));
    }

    @Test
    @DisplayName("fields the docs do not list are kept as raw text, in the order sent")
    void unknownFields() {
      CallReport report = report("""
          {"outRecallCount":2,"voiceId":"v","intent":"99998","answered":true,"note":null,
           "calledInfo":{"text1":"Alice","amounts":[40, 12.50]},"tags":["a","b"],"big":12345678901234567890}""");

      assertThat(report.extraFields().keySet()).containsExactly("outRecallCount", "intent", "answered", "note", "calledInfo", "tags", "big");
      assertThat(report.extraField("outRecallCount")).isEqualTo(Option.some("2"));
      assertThat(report.extraField("intent")).isEqualTo(Option.some("99998"));
      assertThat(report.extraField("answered")).isEqualTo(Option.some("true"));
      assertThat(report.extraField("note")).isEqualTo(Option.some("null"));
      assertThat(report.extraField("calledInfo")).isEqualTo(Option.some("{\"text1\":\"Alice\",\"amounts\":[40, 12.50]}"));
      assertThat(report.extraField("tags")).isEqualTo(Option.some("[\"a\",\"b\"]"));
      assertThat(report.extraField("big")).isEqualTo(Option.some("12345678901234567890"));
    }

    @Test
    @DisplayName("an undocumented type is kept as unknown(n)")
    void unknownType() {
      assertThat(report("{\"voiceId\":\"v\",\"type\":7}").type()).isEqualTo(Option.some(CallReportType.of(7)));
    }
  }

  @Nested
  @DisplayName("typed failures")
  class Failures {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"voiceId\":\"v\",\"callee\":{\"a\":1}}          | $.callee          | expected a string or a number but was an object",
        "[{\"voiceId\":\"v\",\"callee\":[1]}]             | $[0].callee       | expected a string or a number but was an array",
        "[{\"voiceId\":\"v\",\"type\":true}]              | $[0].type         | expected a string or a number but was a boolean",
        "[{\"voiceId\":\"v\"},{\"voiceId\":\"w\",\"rate\":\"abc\"}] | $[1].rate | expected a decimal amount but was 'abc'",
        "[{\"voiceId\":\"v\",\"chargedDuration\":1.5}]    | $[0].chargedDuration | expected a whole number but was '1.5'",
        "[{\"voiceId\":\"v\",\"type\":99999999999}]       | $[0].type         | out of range",
        "[{\"voiceId\":\"v\",\"answerTime\":\"yesterday\"}] | $[0].answerTime | 'yesterday' is not a time",
        "[{\"voiceId\":\"v\",\"answerTime\":-1}]          | $[0].answerTime   | '-1' is not a time",
        "[{\"voiceId\":\"v\"},{\"callee\":\"1\"}]         | $[1]              | the report has no voiceId",
        "[{\"voiceId\":\"  \"}]                          | $[0]              | the report has no voiceId",
        "[1]                                             | $[0]              | expected an object (one call report) but was a number",
        "[{\"voiceId\":\"v\"},[]]                         | $[1]              | expected an object (one call report) but was an array",
        "\"reports\"                                     | $                 | expected an array of call reports or a single report object but was string",
        "42                                              | $                 | but was number",
        "null                                            | $                 | but was null",
    })
    @DisplayName("JSON that is not a batch of call reports is refused with the path and the reason")
    void unexpectedContent(String json, String path, String reason) {
      ReportParseFailure failure = failure(json);

      assertThat(failure).isInstanceOfSatisfying(ReportParseFailure.UnexpectedContent.class, f -> {
        assertThat(f.path()).isEqualTo(path);
        assertThat(f.reason()).contains(reason);
      });
      assertThat(failure.message()).contains(path, reason);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"[{\"voiceId\":\"v\",", "[{\"voiceId\":\"v\"}", "<html><body>502 Bad Gateway</body></html>",
        "[{voiceId:\"v\"}]", "[{\"voiceId\":\"v\"}] []", "[{\"voiceId\":\"v\"}] x", "{\"voiceId\":\"v\",}", "\u0000\u0001"})
    @DisplayName("truncated, non-JSON or trailing content is malformed JSON")
    void malformed(String json) {
      assertThat(failure(json)).isInstanceOf(ReportParseFailure.MalformedJson.class);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "   ", "\r\n"})
    @DisplayName("an empty body is malformed JSON")
    void emptyBody(String json) {
      assertThat(failure(json)).isEqualTo(new ReportParseFailure.MalformedJson("the body is empty", ""));
    }

    @Test
    @DisplayName("a deeply nested unknown value is kept whole, without recursion; deep nesting where a report belongs is refused")
    void deepNesting() {
      String nested = "[".repeat(5000) + "]".repeat(5000);

      assertThat(report("[{\"voiceId\":\"v\",\"extra\":" + nested + "}]").extraField("extra")).isEqualTo(Option.some(nested));
      assertThat(failure(nested)).isInstanceOfSatisfying(ReportParseFailure.UnexpectedContent.class,
          f -> assertThat(f.path()).isEqualTo("$[0]"));
    }

    @Test
    @DisplayName("no failure shows a phone number: runs of six or more digits are masked in reason and snippet")
    void redacted() {
      ReportParseFailure badTime = failure("[{\"voiceId\":\"v\",\"callee\":\"463200000007\",\"answerTime\":\"463200000007x\"}]");
      ReportParseFailure truncated = failure("[{\"voiceId\":\"v\",\"callee\":\"463200000007\",\"displayNum\":\"1008122211\"");

      assertThat(badTime.message()).doesNotContain("463200000007").contains("************");
      assertThat(truncated.snippet()).doesNotContain("463200000007", "1008122211").contains("\"callee\":\"************\"");
      assertThat(truncated.message()).doesNotContain("463200000007", "1008122211");
    }
  }

  @Nested
  @DisplayName("size limit and streams")
  class Limits {

    private final CallReportParser small = CallReportParser.builder().maxBodyBytes(64).build();

    @Test
    @DisplayName("a body at the limit is read, one byte over is refused without being parsed")
    void atLimit() {
      String body = "[{\"voiceId\":\"v\",\"pad\":\"" + "x".repeat(64 - 26) + "\"}]";
      assertThat(utf8(body)).hasSize(64);
      assertThat(small.parse(utf8(body)).isRight()).isTrue();

      String over = body.replace("xx", "xxx");
      ReportParseFailure failure = small.parse(utf8(over)).getLeft();
      assertThat(failure).isInstanceOfSatisfying(ReportParseFailure.TooLarge.class,
          f -> assertThat(f.limitBytes()).isEqualTo(64));
      assertThat(failure.message()).startsWith("the report body is larger than 64 bytes");
      assertThat(small.parse(new ByteArrayInputStream(utf8(over))).getLeft()).isInstanceOf(ReportParseFailure.TooLarge.class);
    }

    @Test
    @DisplayName("an endless stream is refused after the limit plus one byte")
    void endlessStream() {
      CountingStream endless = new CountingStream();
      CallReportParser mebibyte = CallReportParser.builder().maxBodyBytes(1 << 20).build();

      assertThat(mebibyte.parse(endless).getLeft()).isInstanceOf(ReportParseFailure.TooLarge.class);
      assertThat(endless.read).isEqualTo((1 << 20) + 1);
    }

    @Test
    @DisplayName("a failing stream is unreadable, with the digits of its message masked")
    void failingStream() {
      InputStream failing = new InputStream() {
        @Override
        public int read() throws IOException {
          throw new IOException("connection reset by 463200000007");
        }
      };

      assertThat(parser.parse(failing).getLeft())
          .isEqualTo(new ReportParseFailure.Unreadable("IOException: connection reset by ************"));
    }

    @Test
    @DisplayName("the limit is 1 byte to 1 GiB, 16 MiB by default")
    void limitRange() {
      assertThat(parser.maxBodyBytes()).isEqualTo(16L * 1024 * 1024);
      assertThat(CallReportParser.builder().maxBodyBytes(1).build().maxBodyBytes()).isEqualTo(1);
      assertThatIllegalArgumentException().isThrownBy(() -> CallReportParser.builder().maxBodyBytes(0));
      assertThatIllegalArgumentException().isThrownBy(() -> CallReportParser.builder().maxBodyBytes((1L << 30) + 1));
      assertThat(parser).hasToString("CallReportParser[platformZone=+08:00, maxBodyBytes=16777216]");
    }
  }

  /** An endless body of spaces that counts what was read. */
  private static final class CountingStream extends InputStream {
    long read;

    @Override
    public int read() {
      read++;
      return ' ';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      java.util.Arrays.fill(b, off, off + len, (byte) ' ');
      read += len;
      return len;
    }
  }
}
