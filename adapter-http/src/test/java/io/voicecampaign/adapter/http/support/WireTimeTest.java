package io.voicecampaign.adapter.http.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Option;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("WireTime: the platform's date-times read in its zone")
class WireTimeTest {

  private static final ZoneId PLATFORM = ZoneOffset.ofHours(8);

  @ParameterizedTest(name = "''{0}'' is {1}")
  @CsvSource({
      "2026-10-01 09:05:07, 2026-10-01T01:05:07Z",
      "2024-02-29 23:59:59, 2024-02-29T15:59:59Z",
      "2026-01-01 00:00:00, 2025-12-31T16:00:00Z",
      "0001-01-01 08:00:00, 0001-01-01T00:00:00Z",
      "9999-12-31 23:59:59, 9999-12-31T15:59:59Z",
      "' 2026-10-01 09:05:07 ', 2026-10-01T01:05:07Z",
  })
  @DisplayName("a plain yyyy-MM-dd HH:mm:ss, the form list records carry, is wall-clock time in the platform's zone")
  void plain(String text, String instant) {
    assertThat(WireTime.parse("createdTime", text, PLATFORM)).isEqualTo(Option.some(Instant.parse(instant)));
  }

  @ParameterizedTest(name = "''{0}'' is {1}")
  @CsvSource({
      "2026-10-01 09:05:07.250, 2026-10-01T01:05:07.250Z",
      "2026-10-01T09:05:07, 2026-10-01T01:05:07Z",
      "2026-10-01 09:05:07+02:00, 2026-10-01T07:05:07Z",
      "2026-10-01T09:05:07Z, 2026-10-01T09:05:07Z",
  })
  @DisplayName("a fraction, a T separator or an explicit offset, which other pages use, are read too")
  void variants(String text, String instant) {
    assertThat(WireTime.parse("createdTime", text, PLATFORM)).isEqualTo(Option.some(Instant.parse(instant)));
  }

  @ParameterizedTest(name = "''{0}'' is read as {1}")
  @CsvSource({
      "2023-02-29 10:00:00, 2023-02-28T02:00:00Z",
      "2024-04-31 10:00:00, 2024-04-30T02:00:00Z",
      "2024-01-01 24:00:00, 2024-01-01T16:00:00Z",
  })
  @DisplayName("a day past the month's end or 24:00 is resolved as the general reader always did, not refused")
  void resolvedLikeBefore(String text, String instant) {
    assertThat(WireTime.parse("createdTime", text, PLATFORM)).isEqualTo(Option.some(Instant.parse(instant)));
  }

  @ParameterizedTest(name = "''{0}'' is refused")
  @CsvSource({"0000-01-01 00:00:00", "2024-13-01 00:00:00", "2024-01-01 23:60:00", "2024-01-0x 10:00:00", "yesterday",
      "2024/01/01 10:00:00"})
  @DisplayName("anything else is a wire problem naming the field and the text")
  void refused(String text) {
    assertThatThrownBy(() -> WireTime.parse("createdTime", text, PLATFORM))
        .isInstanceOf(WireProblem.class)
        .hasMessage("createdTime '" + text + "' is not a date-time yyyy-MM-dd HH:mm:ss");
  }

  @Test
  @DisplayName("an absent or blank date-time is none")
  void absent() {
    assertThat(WireTime.parse("createdTime", null, PLATFORM)).isEmpty();
    assertThat(WireTime.parse("createdTime", "  ", PLATFORM)).isEmpty();
  }
}
