package io.voicecampaign.adapter.fake.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.domain.campaign.CallWindow;
import io.vavr.collection.List;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CallingCalendarTest {

  private static final ZoneOffset PLATFORM = ZoneOffset.ofHours(8);
  private static final long MINUTE = 60_000L;
  private static final long HOUR = 60 * MINUTE;
  private static final long DAY = 24 * HOUR;

  /** 2025-03-03 00:00 at UTC+8. */
  private static final long MIDNIGHT = Instant.parse("2025-03-02T16:00:00Z").toEpochMilli();

  private static CallingCalendar nineToTwelveAndTwoToFour(ZoneId zone) {
    return CallingCalendar.of(List.of(CallWindow.of("14:00", "16:00"), CallWindow.of("09:00", "12:00")), zone);
  }

  @Test
  @DisplayName("Without windows calls may be placed at any time")
  void alwaysOpen() {
    CallingCalendar calendar = CallingCalendar.of(List.empty(), PLATFORM);

    assertThat(calendar.isAlwaysOpen()).isTrue();
    assertThat(calendar.firstOpen(MIDNIGHT + 5)).isEqualTo(MIDNIGHT + 5);
    assertThat(calendar.activeBetween(MIDNIGHT, MIDNIGHT + HOUR)).isEqualTo(HOUR);
    assertThat(calendar.afterActive(MIDNIGHT, HOUR)).isEqualTo(MIDNIGHT + HOUR);
  }

  @Test
  @DisplayName("Windows are read in the platform's zone")
  void windowsInThePlatformZone() {
    CallingCalendar calendar = nineToTwelveAndTwoToFour(PLATFORM);

    assertThat(calendar.firstOpen(MIDNIGHT)).isEqualTo(MIDNIGHT + 9 * HOUR);
    assertThat(calendar.firstOpen(MIDNIGHT + 10 * HOUR)).isEqualTo(MIDNIGHT + 10 * HOUR);
    assertThat(calendar.firstOpen(MIDNIGHT + 12 * HOUR)).isEqualTo(MIDNIGHT + 14 * HOUR);
    assertThat(calendar.firstOpen(MIDNIGHT + 17 * HOUR)).isEqualTo(MIDNIGHT + DAY + 9 * HOUR);
  }

  @Test
  @DisplayName("Calling time counts only the open windows, across days")
  void activeTimeAcrossDays() {
    CallingCalendar calendar = nineToTwelveAndTwoToFour(PLATFORM);

    assertThat(calendar.activeBetween(MIDNIGHT, MIDNIGHT + DAY)).isEqualTo(5 * HOUR);
    assertThat(calendar.activeBetween(MIDNIGHT + 11 * HOUR, MIDNIGHT + 15 * HOUR)).isEqualTo(2 * HOUR);
    assertThat(calendar.activeBetween(MIDNIGHT + 11 * HOUR, MIDNIGHT + 10 * DAY + 10 * HOUR))
        .isEqualTo(HOUR + 2 * HOUR + 9 * 5 * HOUR + HOUR);
    assertThat(calendar.afterActive(MIDNIGHT, 4 * HOUR)).isEqualTo(MIDNIGHT + 15 * HOUR);
    assertThat(calendar.afterActive(MIDNIGHT + 15 * HOUR, 5 * HOUR + 30 * MINUTE))
        .isEqualTo(MIDNIGHT + DAY + 15 * HOUR + 30 * MINUTE);
    assertThat(calendar.afterActive(MIDNIGHT + 15 * HOUR, 6 * HOUR + 30 * MINUTE))
        .isEqualTo(MIDNIGHT + 2 * DAY + 9 * HOUR + 30 * MINUTE);
  }

  @Test
  @DisplayName("Overlapping windows are merged")
  void overlapsMerge() {
    CallingCalendar calendar = CallingCalendar.of(
        List.of(CallWindow.of("09:00", "11:00"), CallWindow.of("10:00", "12:00"), CallWindow.of("12:00", "13:00")), PLATFORM);

    assertThat(calendar.activeBetween(MIDNIGHT, MIDNIGHT + DAY)).isEqualTo(4 * HOUR);
  }

  @Test
  @DisplayName("afterActive inverts activeBetween, for fixed offsets and for zones with daylight saving")
  void inverse() {
    SplittableRandom random = new SplittableRandom(3);
    for (ZoneId zone : List.of(PLATFORM, ZoneId.of("Europe/Berlin"))) {
      CallingCalendar calendar = nineToTwelveAndTwoToFour(zone);
      for (int i = 0; i < 500; i++) {
        long from = MIDNIGHT + random.nextLong(400 * DAY);
        long needed = 1 + random.nextLong(40 * 5 * HOUR);
        long end = calendar.afterActive(from, needed);
        assertThat(calendar.activeBetween(from, end)).as("zone %s from %d need %d", zone, from, needed).isEqualTo(needed);
        assertThat(calendar.activeBetween(from, end - 1)).isEqualTo(needed - 1);
      }
    }
  }
}
