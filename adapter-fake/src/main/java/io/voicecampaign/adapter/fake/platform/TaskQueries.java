package io.voicecampaign.adapter.fake.platform;

import io.voicecampaign.domain.shared.Page;
import io.voicecampaign.domain.shared.PageRequest;
import io.voicecampaign.domain.shared.PlatformCode;
import io.voicecampaign.domain.shared.Violation;
import io.voicecampaign.domain.task.GroupCallTask;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.domain.task.TaskQuery;
import io.voicecampaign.domain.task.TaskStatus;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.ArrayList;

/**
 * What the platform answers about its tasks: the task list ({@code group/call/query}) and the
 * snapshots tests read, each as of the clock's instant. Guarded by the platform's lock.
 */
final class TaskQueries {

  private static final int DOCUMENTED_STATUSES = TaskStatus.documented().size();

  private final PlatformState state;

  TaskQueries(PlatformState state) {
    this.state = state;
  }

  Reply<Page<GroupCallTask>> queryTasks(TaskQuery query) {
    long now = state.clock.millis();
    Seq<Violation> problems = query.statuses().filter(s -> !s.isKnown())
        .map(s -> Violation.of("statusList", s.code(), "must hold task statuses 0-6"));
    if (!problems.isEmpty()) {
      return Reply.refused(PlatformCode.PARAMETER_EXCEPTION, problems.mkString("; "));
    }
    boolean[] statuses = new boolean[DOCUMENTED_STATUSES];
    query.statuses().forEach(s -> statuses[s.code()] = true);
    boolean anyStatus = query.statuses().isEmpty();
    String search = ListingViews.searchText(query.search());
    long from = ListingViews.truncateToSeconds(query.createdWithin().from().toEpochMilli());
    long to = ListingViews.truncateToSeconds(query.createdWithin().to().toEpochMilli());
    PageRequest page = query.page();
    long skip = (long) (page.current() - 1) * page.size();
    long total = 0;
    java.util.List<GroupCallTask> records = new ArrayList<>();
    for (int i = state.tasks.size() - 1; i >= 0; i--) {
      TaskState task = state.tasks.get(i);
      boolean matches = task.createdMillis >= from && task.createdMillis <= to
          && task.createdMillis + state.listingDelayMillis <= now
          && (anyStatus || statuses[task.status.code()])
          && (query.appIndexId().isEmpty() || query.appIndexId().get() == task.appIndex)
          && (search == null || task.searchName.contains(search));
      if (matches) {
        if (total >= skip && records.size() < page.size()) {
          records.add(task.report(now));
        }
        total++;
      }
    }
    return Reply.ok(ListingViews.page(records, page, total));
  }

  Option<GroupCallTask> task(TaskId id) {
    return Option.of(state.tasksById.get(id.value())).map(t -> t.report(state.clock.millis()));
  }

  Option<Seq<CallRecord>> callRecords(TaskId id) {
    TaskState task = state.tasksById.get(id.value());
    if (task == null) {
      return Option.none();
    }
    int calls = task.callsAt(state.clock.millis());
    task.drawUpTo(calls);
    java.util.List<CallRecord> records = new ArrayList<>(calls);
    for (int i = 0; i < calls; i++) {
      records.add(new CallRecord(task.callees[i].number(), task.outcome(i)));
    }
    return Option.some(List.ofAll(records));
  }
}
