package io.voicecampaign.adapter.http.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("ReportTimes: the push's time detection rule")
class ReportTimesTest {

  private final ReportTimes utc8 = new ReportTimes(ZoneOffset.ofHours(8));

  private Instant instant(String raw) {
    Either<String, Option<Instant>> parsed = utc8.parse(raw);
    assertThat(parsed.isRight()).as("refused: %s", parsed.isLeft() ? parsed.getLeft() : "").isTrue();
    assertThat(parsed.get().isDefined()).as("absent").isTrue();
    return parsed.get().get();
  }

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource({
      "20250817193013,          2025-08-17T11:30:13Z",
      "20250817193013123,       2025-08-17T11:30:13.123Z",
      "1755430213123,           2025-08-17T11:30:13.123Z",
      "1755430213,              2025-08-17T11:30:13Z",
      "2025-08-17 19:30:13,     2025-08-17T11:30:13Z",
      "2025-08-17T19:30:13+08:00, 2025-08-17T11:30:13Z",
      "2025-08-17T11:30:13Z,    2025-08-17T11:30:13Z",
      "' 20250817193013 ',      2025-08-17T11:30:13Z",
      "1,                       1970-01-01T00:00:01Z",
  })
  @DisplayName("every accepted form names the same instant, wall-clock forms in the platform's zone")
  void forms(String raw, String expected) {
    assertThat(instant(raw)).isEqualTo(Instant.parse(expected));
  }

  @Test
  @DisplayName("epoch values below 100,000,000,000 are seconds, from there on milliseconds")
  void secondsOrMilliseconds() {
    assertThat(instant("99999999999")).isEqualTo(Instant.ofEpochSecond(99_999_999_999L));
    assertThat(instant("100000000000")).isEqualTo(Instant.ofEpochMilli(100_000_000_000L)).isEqualTo(Instant.parse("1973-03-03T09:46:40Z"));
    assertThat(instant("9999999999999")).isEqualTo(Instant.ofEpochMilli(9_999_999_999_999L));
  }

  @Test
  @DisplayName("the configured zone is used for wall-clock forms, never for epoch values")
  void zone() {
    ReportTimes utc = new ReportTimes(ZoneOffset.UTC);

    assertThat(utc.parse("20250817193013").get().get()).isEqualTo(Instant.parse("2025-08-17T19:30:13Z"));
    assertThat(utc.parse("2025-08-17 19:30:13").get().get()).isEqualTo(Instant.parse("2025-08-17T19:30:13Z"));
    assertThat(utc.parse("1755430213").get().get()).isEqualTo(Instant.parse("2025-08-17T11:30:13Z"));
  }

  @ParameterizedTest(name = "\"{0}\" is absent")
  @ValueSource(strings = {"", "  ", "0", "00000000000000", "0000-00-00 00:00:00"})
  @DisplayName("empty and zero values are absent")
  void absent(String raw) {
    assertThat(utc8.parse(raw).get().isEmpty()).isTrue();
  }

  @ParameterizedTest(name = "\"{0}\" is refused")
  @ValueSource(strings = {"20251317193013", "20250230193013", "20250817246013", "202508171930131", "2025081719301312",
      "202508171930131234", "-1", "1755430213.5", "yesterday", "2025-08-17", "2025/08/17 19:30:13", "１７５５４３０２１３"})
  @DisplayName("impossible dates, 15, 16 or 18 digits, signs, fractions and other text are refused with the value")
  void refused(String raw) {
    Either<String, Option<Instant>> parsed = utc8.parse(raw);

    assertThat(parsed.isLeft()).as("accepted %s", parsed).isTrue();
    assertThat(parsed.getLeft()).contains(raw.strip());
  }
}
