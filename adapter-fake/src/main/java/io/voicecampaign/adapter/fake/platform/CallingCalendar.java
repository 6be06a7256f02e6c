package io.voicecampaign.adapter.fake.platform;

import io.voicecampaign.domain.campaign.CallWindow;
import io.vavr.collection.Seq;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * When a task may place calls: always, or only inside its daily windows read in the platform's zone.
 * Answers in epoch milliseconds how much calling time lies between two instants and when a given
 * amount of calling time has passed, in time proportional to the number of days crossed (constant
 * for fixed-offset zones, which skip whole days at once).
 */
final class CallingCalendar {

  private static final long DAY = 86_400_000L;
  private static final long MINUTE = 60_000L;

  private final ZoneId zone;
  private final boolean fixedOffset;
  private final long offsetMillis;
  // merged, sorted, non-overlapping windows as [start, end) minute of the day
  private final int[] startMinutes;
  private final int[] endMinutes;
  private final long perDay;

  private CallingCalendar(ZoneId zone, int[] startMinutes, int[] endMinutes) {
    this.zone = zone;
    this.fixedOffset = zone.getRules().isFixedOffset();
    this.offsetMillis = fixedOffset ? zone.getRules().getOffset(Instant.EPOCH).getTotalSeconds() * 1000L : 0;
    this.startMinutes = startMinutes;
    this.endMinutes = endMinutes;
    long sum = 0;
    for (int i = 0; i < startMinutes.length; i++) {
      sum += (endMinutes[i] - startMinutes[i]) * MINUTE;
    }
    this.perDay = sum;
  }

  /** Calls at any time. */
  static CallingCalendar always() {
    return new CallingCalendar(ZoneOffset.UTC, new int[0], new int[0]);
  }

  /** Calls inside {@code windows} (any time when there are none), read in {@code zone}. */
  static CallingCalendar of(Seq<CallWindow> windows, ZoneId zone) {
    if (windows.isEmpty()) {
      return always();
    }
    int[][] spans = windows
        .map(w -> new int[] {w.start().toSecondOfDay() / 60, w.end().toSecondOfDay() / 60})
        .sortBy(span -> span[0])
        .toJavaArray(int[][]::new);
    int[] starts = new int[spans.length];
    int[] ends = new int[spans.length];
    int count = 0;
    for (int[] span : spans) {
      if (count > 0 && span[0] <= ends[count - 1]) {
        ends[count - 1] = Math.max(ends[count - 1], span[1]);
      } else {
        starts[count] = span[0];
        ends[count] = span[1];
        count++;
      }
    }
    return new CallingCalendar(zone, Arrays.copyOf(starts, count), Arrays.copyOf(ends, count));
  }

  /** True when calls may be placed at any time. */
  boolean isAlwaysOpen() {
    return startMinutes.length == 0;
  }

  /** The first instant at or after {@code at} at which a call may be placed. */
  long firstOpen(long at) {
    if (isAlwaysOpen()) {
      return at;
    }
    for (long day = dayOf(at); ; day++) {
      for (int i = 0; i < startMinutes.length; i++) {
        long end = edge(day, endMinutes[i]);
        if (at < end) {
          return Math.max(at, edge(day, startMinutes[i]));
        }
      }
    }
  }

  /** How many milliseconds of calling time lie in [{@code from}, {@code to}). */
  long activeBetween(long from, long to) {
    if (to <= from) {
      return 0;
    }
    if (isAlwaysOpen()) {
      return to - from;
    }
    long total = 0;
    long lastDay = dayOf(to);
    for (long day = dayOf(from); day <= lastDay; day++) {
      if (fixedOffset && day < lastDay && edge(day, 0) >= from) {
        // every day from here to the day before lastDay lies wholly inside the range
        total += (lastDay - day) * perDay;
        day = lastDay;
      }
      for (int i = 0; i < startMinutes.length; i++) {
        long start = Math.max(edge(day, startMinutes[i]), from);
        long end = Math.min(edge(day, endMinutes[i]), to);
        if (end > start) {
          total += end - start;
        }
      }
    }
    return total;
  }

  /** The earliest instant {@code t} at which [{@code from}, t) holds {@code needed} milliseconds of calling time. */
  long afterActive(long from, long needed) {
    if (needed <= 0) {
      return from;
    }
    if (isAlwaysOpen()) {
      return from + needed;
    }
    long remaining = needed;
    for (long day = dayOf(from); ; day++) {
      if (fixedOffset && remaining > perDay && edge(day, 0) >= from) {
        long skipped = (remaining - 1) / perDay;
        day += skipped;
        remaining -= skipped * perDay;
      }
      for (int i = 0; i < startMinutes.length; i++) {
        long start = Math.max(edge(day, startMinutes[i]), from);
        long end = edge(day, endMinutes[i]);
        if (end > start) {
          if (end - start >= remaining) {
            return start + remaining;
          }
          remaining -= end - start;
        }
      }
    }
  }

  private long dayOf(long at) {
    if (fixedOffset) {
      return Math.floorDiv(at + offsetMillis, DAY);
    }
    return Instant.ofEpochMilli(at).atZone(zone).toLocalDate().toEpochDay();
  }

  private long edge(long day, int minuteOfDay) {
    if (fixedOffset) {
      return day * DAY + minuteOfDay * MINUTE - offsetMillis;
    }
    LocalTime time = minuteOfDay == 0 ? LocalTime.MIDNIGHT : LocalTime.ofSecondOfDay(minuteOfDay * 60L);
    return LocalDate.ofEpochDay(day).atTime(time).atZone(zone).toInstant().toEpochMilli();
  }
}
