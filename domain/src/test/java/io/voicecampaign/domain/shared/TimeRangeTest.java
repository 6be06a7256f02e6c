package io.voicecampaign.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("TimeRange")
class TimeRangeTest {

  private static final Instant FROM = Instant.parse("2024-05-17T16:00:00Z");
  private static final Instant TO = Instant.parse("2024-05-19T15:59:59Z");

  @Test
  @DisplayName("contains both of its ends and nothing outside them")
  void containsEnds() {
    TimeRange range = TimeRange.between(FROM, TO);

    assertThat(range.contains(FROM)).isTrue();
    assertThat(range.contains(TO)).isTrue();
    assertThat(range.contains(FROM.minusNanos(1))).isFalse();
    assertThat(range.contains(TO.plusNanos(1))).isFalse();
  }

  @Test
  @DisplayName("may be a single instant but not end before it starts")
  void order() {
    assertThat(TimeRange.between(FROM, FROM).contains(FROM)).isTrue();
    assertThatThrownBy(() -> TimeRange.between(TO, FROM))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations().head().path()).isEqualTo("range.to"));
  }

  @Test
  @DisplayName("refuses ends the wire cannot carry, naming each, instead of failing later in a formatter")
  void uncarriable() {
    assertThatThrownBy(() -> TimeRange.between(Instant.EPOCH, Instant.MAX))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .containsExactly(Violation.of("range.to", Instant.MAX,
                "must be between 0001-01-02T00:00:00Z and 9999-12-31T00:00:00Z, the times the platform's format can carry")));
    assertThatThrownBy(() -> TimeRange.between(Instant.MIN, Instant.parse("+10000-01-01T00:00:00Z")))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
            .extracting(Violation::path).containsExactly("range.from", "range.to"));
    assertThat(TimeRange.between(PlatformInstants.EARLIEST, PlatformInstants.LATEST).contains(Instant.EPOCH)).isTrue();
    assertThat(TimeRange.validate(Instant.MAX, Instant.EPOCH).getError()).extracting(Violation::path)
        .containsExactly("range.from", "range.to");
    assertThat(TimeRange.validate(FROM, TO).get()).isEqualTo(TimeRange.between(FROM, TO));
  }
}
