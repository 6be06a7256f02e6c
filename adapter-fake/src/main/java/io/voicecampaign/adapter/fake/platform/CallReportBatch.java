package io.voicecampaign.adapter.fake.platform;

import io.voicecampaign.domain.report.CallReport;
import io.voicecampaign.domain.task.TaskId;
import io.vavr.collection.Seq;
import java.time.Instant;
import java.util.Objects;

/**
 * One batch of call reports the simulated platform released for a task, as it would push them: the
 * calls whose hang-up time had come by {@code releasedAt} and were not reported before.
 *
 * @param taskId     the task that made the calls (a launched task or a recall child)
 * @param sequence   the batch's number among the task's batches, from 1
 * @param releasedAt the virtual instant the batch was released
 * @param reports    the reports, one per call, in the order the calls hung up; never empty
 */
public record CallReportBatch(TaskId taskId, long sequence, Instant releasedAt, Seq<CallReport> reports) {

  public CallReportBatch {
    Objects.requireNonNull(taskId, "taskId == null");
    Objects.requireNonNull(releasedAt, "releasedAt == null");
    Objects.requireNonNull(reports, "reports == null");
    if (sequence < 1) {
      throw new IllegalArgumentException("sequence must be at least 1: " + sequence);
    }
  }

  @Override
  public String toString() {
    return "CallReportBatch[taskId=" + taskId + ", sequence=" + sequence + ", releasedAt=" + releasedAt + ", reports="
        + reports.size() + "]";
  }
}
