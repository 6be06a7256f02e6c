package io.voicecampaign.adapter.fake.platform;

import io.voicecampaign.domain.report.CallReport;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;

/**
 * Releases each task's call reports in batches as the platform pushes them: every report interval
 * (on a grid of whole intervals of virtual time), the calls that hung up since the release before,
 * at most the batch size in one batch; once a task has ended, its remaining calls when every call
 * it placed has surely hung up (the longest call the campaign allows after the end). When a call is released follows from its hang-up alone, so the work is done only
 * when someone asks: at a drain, and at each release while someone subscribes (scheduled on the
 * simulation's timeline). A released batch is kept as the indexes of its calls until it is drained,
 * and made into reports only then (and for subscribers, at release), so a large task holds no report
 * objects. Guarded by the platform's lock.
 */
final class CallReporter {

  private final Timeline timeline;
  private final CallReports reports;
  private final long interval;
  private final int batchSize;
  /** Tasks that started calling and still have calls to release, in the order they started. */
  private final ArrayList<TaskState> reporting = new ArrayList<>();
  private final ArrayDeque<Released> undrained = new ArrayDeque<>();
  private final ArrayDeque<CallReportBatch> deliveries = new ArrayDeque<>();
  private boolean subscribed;
  private long tickAt = -1;

  CallReporter(PlatformState state, Timeline timeline) {
    this.timeline = timeline;
    this.reports = new CallReports(state.seed, state.options.priceList());
    this.interval = state.options.reportBatchInterval().toMillis();
    this.batchSize = state.options.reportBatchSize();
  }

  /** From {@code now} on, every batch is also released on time and made ready for the subscribers. */
  void subscribe(long now) {
    subscribed = true;
    scheduleTick(now);
  }

  /** The task started calling at {@code at}: its calls are reported from now on. */
  void callingStarted(TaskState task, long at) {
    reporting.add(task);
    scheduleTick(at);
  }

  /**
   * The task ended at {@code at}: what it has not released goes out once every call it placed has
   * surely hung up, the longest call the campaign allows after the end.
   */
  void ended(TaskState task, long at) {
    ReportCursor cursor = task.reports;
    cursor.endAt = at + 1000 * CallTimes.longestSeconds(task.campaign.maxRingSeconds(), task.campaign.maxCallSeconds());
    if (task.frozenCalls > 0) {
      // on the timeline even when nobody subscribes, so that running until idle reaches it
      timeline.schedule(cursor.endAt, Event.Kind.RELEASE_REPORTS, task, null, 0);
    }
  }

  /** A scheduled release at {@code at}: a tick of the grid ({@code task} null) or a task's last release. */
  void release(TaskState task, long at) {
    if (!subscribed) {
      // a drain works out what was released by then
      return;
    }
    collect(at);
    if (task == null && at == tickAt) {
      tickAt = -1;
      scheduleTick(at);
    }
  }

  private void scheduleTick(long now) {
    if (!subscribed || tickAt >= 0 || reporting.isEmpty()) {
      return;
    }
    tickAt = (Math.floorDiv(now, interval) + 1) * interval;
    timeline.schedule(tickAt, Event.Kind.RELEASE_REPORTS, null, null, 0);
  }

  /** Every batch released and not drained yet by {@code now}, in the order released, made into reports now. */
  Seq<CallReportBatch> drain(long now) {
    collect(now);
    List<CallReportBatch> drained = List.empty();
    for (Released batch = undrained.poll(); batch != null; batch = undrained.poll()) {
      drained = drained.prepend(batch.reports(reports));
    }
    return drained.reverse();
  }

  /** True when batches wait to be handed to the subscribers. */
  boolean hasDeliveries() {
    return !deliveries.isEmpty();
  }

  /** The next batch to hand to the subscribers, if any. */
  Option<CallReportBatch> nextDelivery() {
    return Option.of(deliveries.poll());
  }

  /** Releases every batch due by {@code now} of every reporting task, in the order of their release instants. */
  private void collect(long now) {
    java.util.List<Released> released = new ArrayList<>();
    for (Iterator<TaskState> tasks = reporting.iterator(); tasks.hasNext(); ) {
      TaskState task = tasks.next();
      workOut(task, task.callsAt(now));
      releaseDue(task, now, released);
      ReportCursor cursor = task.reports;
      if (cursor.endAt >= 0 && cursor.placed == task.frozenCalls && !cursor.holdsAny()) {
        tasks.remove();
      }
    }
    released.sort(Comparator.comparingLong(Released::at));
    for (Released batch : released) {
      undrained.add(batch);
      if (subscribed) {
        deliveries.add(batch.reports(reports));
      }
    }
  }

  /** Works out the hang-up of every call placed up to {@code calls} not worked out yet. */
  private void workOut(TaskState task, int calls) {
    ReportCursor cursor = task.reports;
    task.drawUpTo(calls);
    for (int i = cursor.placed; i < calls; i++) {
      cursor.hold(reports.times(task, i).hangup(), i);
    }
    cursor.placed = Math.max(cursor.placed, calls);
  }

  /** The task's batches whose release instant has come by {@code now}, each at most the batch size. */
  private void releaseDue(TaskState task, long now, java.util.List<Released> released) {
    ReportCursor cursor = task.reports;
    int[] due = new int[batchSize];
    int count = 0;
    long batchAt = -1;
    while (cursor.holdsAny()) {
      long at = releaseOf(cursor, cursor.firstHangup());
      if (at > now) {
        break;
      }
      if (count > 0 && (at != batchAt || count == batchSize)) {
        released.add(new Released(task, ++cursor.sequence, batchAt, Arrays.copyOf(due, count)));
        count = 0;
      }
      batchAt = at;
      due[count++] = cursor.takeFirst();
    }
    if (count > 0) {
      released.add(new Released(task, ++cursor.sequence, batchAt, Arrays.copyOf(due, count)));
    }
  }

  /** When a call that hangs up at {@code hangupSecond} is released: the grid's next tick, or the task's last release if earlier. */
  private long releaseOf(ReportCursor cursor, long hangupSecond) {
    long tick = Math.floorDiv(hangupSecond * 1000 + interval - 1, interval) * interval;
    return cursor.endAt >= 0 && cursor.endAt < tick ? cursor.endAt : tick;
  }

  /** A released batch as the indexes of its calls. */
  private record Released(TaskState task, long sequence, long at, int[] calls) {

    CallReportBatch reports(CallReports reports) {
      CallReport[] made = new CallReport[calls.length];
      for (int i = 0; i < calls.length; i++) {
        made[i] = reports.report(task, calls[i]);
      }
      return new CallReportBatch(task.id, sequence, Instant.ofEpochMilli(at), List.of(made));
    }
  }
}
