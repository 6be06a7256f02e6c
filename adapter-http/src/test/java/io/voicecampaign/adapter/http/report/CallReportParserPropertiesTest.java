package io.voicecampaign.adapter.http.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.domain.report.CallReport;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The parser never throws, whatever it is given. */
@Label("CallReportParser properties")
class CallReportParserPropertiesTest {

  private static final byte[] BATCH = ("[" + CallReportParserTest.ANSWERED + "," + CallReportParserTest.ANSWERED + "]")
      .getBytes(StandardCharsets.UTF_8);

  private final CallReportParser parser = CallReportParser.create();

  @Property(tries = 300)
  @Label("any bytes give reports or a typed failure, never an exception")
  void anyBytes(@ForAll byte[] body) {
    Either<ReportParseFailure, Seq<CallReport>> parsed = parser.parse(body);

    assertThat(parsed).isNotNull();
    parsed.peekLeft(failure -> assertThat(failure.message()).isNotBlank());
  }

  @Property(tries = 300)
  @Label("JSON-looking text gives reports or a typed failure, never an exception")
  void jsonLikeText(@ForAll("jsonLike") String body) {
    Either<ReportParseFailure, Seq<CallReport>> parsed = parser.parse(body.getBytes(StandardCharsets.UTF_8));

    assertThat(parsed).isNotNull();
  }

  @Provide
  Arbitrary<String> jsonLike() {
    return Arbitraries.of("[", "]", "{", "}", ",", ":", "\"voiceId\"", "\"answerTime\"", "\"rate\"", "\"x\"", "1", "-1",
        "1.5", "1e999", "20250817193013", "null", "true", "\"\"", " ").list().ofMaxSize(40).map(parts -> String.join("", parts));
  }

  @Property(tries = 200)
  @Label("a valid batch cut anywhere is refused as malformed JSON")
  void truncated(@ForAll @IntRange(min = 0, max = 10_000) int cut) {
    int length = cut % BATCH.length;

    Either<ReportParseFailure, Seq<CallReport>> parsed = parser.parse(Arrays.copyOf(BATCH, length));

    assertThat(parsed.isLeft()).isTrue();
    assertThat(parsed.getLeft()).isInstanceOf(ReportParseFailure.MalformedJson.class);
  }

  @Property(tries = 200)
  @Label("a valid batch with one byte changed never throws")
  void oneByteChanged(@ForAll @IntRange(min = 0, max = 10_000) int position, @ForAll byte value) {
    byte[] changed = BATCH.clone();
    changed[position % changed.length] = value;

    assertThat(parser.parse(changed)).isNotNull();
  }
}
