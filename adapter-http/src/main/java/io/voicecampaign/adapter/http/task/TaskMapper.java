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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Maps task queries and cancels to their wire bodies, and query answers to domain tasks. */
final class TaskMapper {

  /** The AI-agent group-call task type the list query filters on. */
  static final int AI_AGENT_TASK_TYPE = 3;

  private TaskMapper() {}

  static TaskQueryRequest toRequest(TaskQuery query, ZoneId zone) {
    List<Integer> statuses = new ArrayList<>(query.statuses().size());
    query.statuses().forEach(status -> statuses.add(status.code()));
    TaskQueryParams params = new TaskQueryParams(
        WireTime.format(query.createdWithin().from(), zone),
        WireTime.format(query.createdWithin().to(), zone),
        AI_AGENT_TASK_TYPE,
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
      tasks[i] = toDomain(record, "records[" + i + "]", zone);
    }
    return WirePage.of(Array.of(tasks), page.total(), page.size(), page.current(), page.pages(), asked);
  }

  static GroupCallTask toDomain(TaskRecord r, String path, ZoneId zone) {
    Long id = r.taskId() != null ? r.taskId() : r.jobId();
    if (id == null) {
      throw WireProblem.missing(path + ".taskId (or jobId)");
    }
    if (id <= 0) {
      throw new WireProblem(path + ".taskId " + id + " is not a positive id");
    }
    return new GroupCallTask(
        TaskId.of(id),
        WireProblem.required(path + ".taskName", r.taskName()),
        TaskStatus.of(WireProblem.required(path + ".status", r.status())),
        Option.of(r.taskType()).map(TaskType::of),
        r.rate() == null ? "" : r.rate(),
        orZero(r.numCnt()),
        orZero(r.callNum()),
        orZero(r.success()),
        orZero(r.fail()),
        WireTime.parse(path + ".createdTime", r.createdTime(), zone),
        r.scriptId() != null && r.scriptId() > 0 ? Option.some(AgentId.of(r.scriptId())) : Option.none());
  }

  private static long orZero(Long value) {
    return value == null ? 0 : value;
  }
}
