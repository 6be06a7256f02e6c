package io.voicecampaign.adapter.http.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.domain.fixtures.Seeded;
import io.voicecampaign.domain.report.CallReport;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import io.voicecampaign.application.port.out.ReportParseFailure;

/** The parser never throws, whatever it is given. */
@DisplayName("CallReportParser properties")
class CallReportParserPropertiesTest {

  private static final byte[] BATCH = ("[" + CallReportParserTest.ANSWERED + "," + CallReportParserTest.ANSWERED + "]")
      .getBytes(StandardCharsets.UTF_8);
  private static final String[] JSON_PARTS = {"[", "]", "{", "}", ",", ":", "\"voiceId\"", "\"answerTime\"", "\"rate\"",
      "\"x\"", "1", "-1", "1.5", "1e999", "20250817193013", "null", "true", "\"\"", " "};

  private final CallReportParser parser = CallReportParser.create();

  @Test
  @DisplayName("any bytes give reports or a typed failure, never an exception")
  void anyBytes() {
    Seeded.forAll("report parser: any bytes", 300, random -> {
      Either<ReportParseFailure, Seq<CallReport>> parsed = parser.parse(Seeded.bytes(random, 256));

      assertThat(parsed).isNotNull();
      parsed.peekLeft(failure -> assertThat(failure.message()).isNotBlank());
    });
  }

  @Test
  @DisplayName("JSON-looking text gives reports or a typed failure, never an exception")
  void jsonLikeText() {
    Seeded.forAll("report parser: JSON-like text", 300, random -> {
      StringBuilder body = new StringBuilder();
      for (int parts = random.nextInt(41); parts > 0; parts--) {
        body.append(Seeded.oneOf(random, JSON_PARTS));
      }

      assertThat(parser.parse(body.toString().getBytes(StandardCharsets.UTF_8))).isNotNull();
    });
  }

  @Test
  @DisplayName("a valid batch cut anywhere is refused as malformed JSON")
  void truncated() {
    Seeded.forAll("report parser: truncated batch", 200, random -> {
      int length = random.nextInt(BATCH.length);

      Either<ReportParseFailure, Seq<CallReport>> parsed = parser.parse(Arrays.copyOf(BATCH, length));

      assertThat(parsed.isLeft()).as("cut at %d", length).isTrue();
      assertThat(parsed.getLeft()).isInstanceOf(ReportParseFailure.MalformedJson.class);
    });
  }

  @Test
  @DisplayName("a valid batch with one byte changed never throws")
  void oneByteChanged() {
    Seeded.forAll("report parser: one byte changed", 200, random -> {
      byte[] changed = BATCH.clone();
      changed[random.nextInt(changed.length)] = (byte) random.nextInt(256);

      assertThat(parser.parse(changed)).isNotNull();
    });
  }
}
