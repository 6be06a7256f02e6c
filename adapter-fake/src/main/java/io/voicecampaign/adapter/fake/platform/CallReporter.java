package io.voicecampaign.adapter.fake.platform;

import io.voicecampaign.domain.report.CallReport;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Releases each task's call reports in batches as virtual time passes, as the platform pushes them:
 * a calling task every report interval, a call becoming reportable when it hangs up, at most the
 * batch size in one batch; when the task ends, its remaining calls are released as soon as the last
 * of them hangs up. A released batch is kept as the indexes of its calls until it is drained, and
 * made into reports only then (and for subscribers, at release), so a large task holds no report
 * objects. Guarded by the platform's lock.
 */
final class CallReporter {

  private final Timeline timeline;
  private final CallReports reports;
  private final long interval;
  private final int batchSize;
  private final ArrayDeque<Released> undrained = new ArrayDeque<>();
  private final ArrayDeque<CallReportBatch> deliveries = new ArrayDeque<>();
  private boolean subscribed;

  CallReporter(PlatformState state, Timeline timeline) {
    this.timeline = timeline;
    this.reports = new CallReports(state.seed, state.options.priceList());
    this.interval = state.options.reportBatchInterval().toMillis();
    this.batchSize = state.options.reportBatchSize();
  }

  /** From now on, every released batch is also made ready for the subscribers. */
  void subscribe() {
    subscribed = true;
  }

  /** The task started calling at {@code at}: its first release is an interval later. */
  void callingStarted(TaskState task, long at) {
    schedule(task, at + interval);
  }

  /** The task ended at {@code at}: what it has not reported is released when its last call hangs up. */
  void ended(TaskState task, long at) {
    ReportCursor cursor = task.reports;
    long last = at;
    for (int i = cursor.below; i < task.frozenCalls; i++) {
      last = Math.max(last, reports.times(task, i).hangupMillis());
    }
    cursor.endAt = last;
    if (cursor.nextAt > last) {
      schedule(task, last);
    }
  }

  /** Releases the task's calls that hung up by {@code at} and were not reported, and schedules the next release. */
  void release(TaskState task, long at) {
    ReportCursor cursor = task.reports;
    if (at != cursor.nextAt) {
      return;
    }
    cursor.nextAt = -1;
    int calls = task.callsAt(at);
    task.drawUpTo(calls);
    int[] due = new int[Math.min(calls - cursor.below, 1024)];
    int count = 0;
    int below = cursor.below;
    boolean contiguous = true;
    for (int i = cursor.below; i < calls; i++) {
      long hangup = reports.times(task, i).hangupMillis();
      if (hangup > at) {
        contiguous = false;
        continue;
      }
      if (hangup > cursor.upTo) {
        if (count == due.length) {
          due = Arrays.copyOf(due, due.length * 2);
        }
        due[count++] = i;
      }
      if (contiguous) {
        below = i + 1;
      }
    }
    cursor.below = below;
    cursor.upTo = at;
    for (int from = 0; from < count; from += batchSize) {
      Released batch = new Released(task, ++cursor.sequence, at, Arrays.copyOfRange(due, from, Math.min(count, from + batchSize)));
      undrained.add(batch);
      if (subscribed) {
        deliveries.add(batch.reports(reports));
      }
    }
    if (cursor.endAt < 0) {
      schedule(task, (below == calls ? task.calendar.firstOpen(at) : at) + interval);
    } else if (below < calls) {
      schedule(task, Math.min(at + interval, cursor.endAt));
    }
  }

  private void schedule(TaskState task, long at) {
    task.reports.nextAt = at;
    timeline.schedule(at, Event.Kind.RELEASE_REPORTS, task, null, 0);
  }

  /** Every batch released and not drained yet, in the order released, made into reports now. */
  Seq<CallReportBatch> drain() {
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
