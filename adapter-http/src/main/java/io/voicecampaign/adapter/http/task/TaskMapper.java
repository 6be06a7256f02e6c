package io.voicecampaign.adapter.http.task;

import io.voicecampaign.adapter.http.support.WirePage;
import io.voicecampaign.adapter.http.support.WireProblem;
import io.voicecampaign.adapter.http.support.WireTime;
import io.voicecampaign.adapter.http.task.wire.CancelTasksRequest;
import io.voicecampaign.adapter.http.task.wire.TaskPage;
import io.voicecampaign.adapter.http.task.wire.TaskQueryParams;
import io.voicecampaign.adapter.http.task.wire.TaskQueryRequest;
import io.voicecampaign.adapter.http.task.wire.TaskRecord;
import io.voicecampaign.domain.shared.AgentId;
import io.voicecampaign.domain.shared.Page;
import io.voicecampaign.domain.shared.PageRequest;
import io.voicecampaign.domain.task.GroupCallTask;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.domain.task.TaskQuery;
import io.voicecampaign.domain.task.TaskStatus;
import io.voicecampaign.domain.task.TaskType;
import io.vavr.collection.Array;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Maps task queries and cancels to their wire bodies, and query answers to domain tasks. */
final class TaskMapper {

  /** The task type the AI-agent page's list query sends, "fixed as 3". */
  static final int AI_AGENT_TASK_TYPE = 3;

  private TaskMapper() {}

  /**
   * The query's wire body. {@code taskType} is sent only on the AI-agent page's path, which documents
   * it; the {@code /v3} group-call list page documents no {@code taskType} in its request.
   *
   * @param aiAgentPath true when the list is asked on the AI-agent page's path (no {@code /v3})
   */
  static TaskQueryRequest toRequest(TaskQuery query, ZoneId zone, boolean aiAgentPath) {
    List<Integer> statuses = new ArrayList<>(query.statuses().size());
    query.statuses().forEach(status -> statuses.add(status.code()));
    TaskQueryParams params = new TaskQueryParams(
        WireTime.format(query.createdWithin().from(), zone),
        WireTime.format(query.createdWithin().to(), zone),
        aiAgentPath ? AI_AGENT_TASK_TYPE : null,
        statuses,
        query.appIndexId().getOrNull(),
        query.search().getOrNull());
    return new TaskQueryRequest(query.page().current(), query.page().size(), params);
  }

  static CancelTasksRequest toRequest(Seq<TaskId> ids) {
    List<Long> list = new ArrayList<>(ids.size());
    ids.forEach(id -> list.add(id.value()));
    return new CancelTasksRequest(list);
  }

  static Page<GroupCallTask> toDomain(TaskPage page, PageRequest asked, ZoneId zone) {
    List<TaskRecord> records = page.records() == null ? List.of() : page.records();
    GroupCallTask[] tasks = new GroupCallTask[records.size()];
    for (int i = 0; i < tasks.length; i++) {
      TaskRecord record = records.get(i);
      if (record == null) {
        throw new WireProblem("records[" + i + "] is null");
      }
      tasks[i] = toDomain(record, i, zone);
    }
    return WirePage.of(Array.of(tasks), page.total(), page.size(), page.current(), page.pages(), asked);
  }

  // A page maps up to 100 records: a record's path ("records[7].status") is spelt out only when
  // there is a problem to report, not for every field of every record.
  static GroupCallTask toDomain(TaskRecord r, int index, ZoneId zone) {
    Long id = r.taskId() != null ? r.taskId() : r.jobId();
    if (id == null) {
      throw WireProblem.missing(path(index, "taskId (or jobId)"));
    }
    if (id <= 0) {
      throw new WireProblem(path(index, "taskId " + id + " is not a positive id"));
    }
    if (r.taskName() == null) {
      throw WireProblem.missing(path(index, "taskName"));
    }
    if (r.status() == null) {
      throw WireProblem.missing(path(index, "status"));
    }
    Option<Instant> created;
    try {
      created = WireTime.parse("createdTime", r.createdTime(), zone);
    } catch (WireProblem problem) {
      throw new WireProblem(path(index, problem.getMessage()));
    }
    return new GroupCallTask(
        TaskId.of(id),
        r.taskName(),
        TaskStatus.of(r.status()),
        Option.of(r.taskType()).map(TaskType::of),
        r.rate() == null ? "" : r.rate(),
        orZero(r.numCnt()),
        orZero(r.callNum()),
        orZero(r.success()),
        orZero(r.fail()),
        created,
        r.scriptId() != null && r.scriptId() > 0 ? Option.some(AgentId.of(r.scriptId())) : Option.none());
  }

  private static String path(int index, String problem) {
    return "records[" + index + "]." + problem;
  }

  private static long orZero(Long value) {
    return value == null ? 0 : value;
  }
}
