package io.voicecampaign.emulator.wire;

import io.voicecampaign.domain.shared.PageRequest;
import io.voicecampaign.domain.shared.TimeRange;
import io.voicecampaign.domain.shared.Violation;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.domain.task.TaskQuery;
import io.voicecampaign.domain.task.TaskStatus;
import io.voicecampaign.domain.task.TaskType;
import io.voicecampaign.emulator.json.JsonValue;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** Reads the bodies of {@code group/call/query} and {@code group/call/cancel}, checking them as the platform does. */
public final class TaskRequests {

  private static final int LAST_STATUS = TaskStatus.documented().size() - 1;

  private TaskRequests() {}

  /**
   * A task list request.
   *
   * @param query       the filter and page
   * @param agentTasks  false when {@code params.taskType} asks for a kind of task the emulator never holds
   *                    (1 ordinary, 2 AI voice): the answer is then an empty page
   */
  public record TaskListing(TaskQuery query, boolean agentTasks) {
    public TaskListing {
      Objects.requireNonNull(query, "query == null");
    }
  }

  /**
   * The listing in {@code body}: {@code current} (1-N), {@code size} (1-100), {@code params} with
   * {@code strTime} and {@code endTime} (required, end not before start), {@code taskType} (1-3),
   * {@code statusList} (0-6 each), {@code idxAppId} and {@code searchCondition}.
   */
  public static Either<Seq<Violation>, TaskListing> query(JsonValue body, ZoneId zone) {
    Problems problems = new Problems();
    Optional<Fields> fields = Fields.ofBody(body, problems);
    if (fields.isEmpty()) {
      return Either.left(problems.all());
    }
    OptionalLong current = fields.get().requiredLong("current", 1, Integer.MAX_VALUE);
    OptionalLong size = fields.get().requiredLong("size", 1, PageRequest.MAX_SIZE);
    Optional<Fields> params = fields.get().requiredObject("params");
    Optional<TimeRange> range = params.flatMap(p -> Ranges.read(p, zone));
    OptionalLong taskType = params.map(p -> p.optionalLong("taskType", 1, 3)).orElse(OptionalLong.empty());
    Optional<java.util.List<Long>> statuses = params.flatMap(p -> p.optionalLongs("statusList", 0, LAST_STATUS));
    OptionalLong appIndex = params.map(p -> p.optionalLong("idxAppId", 0, Long.MAX_VALUE)).orElse(OptionalLong.empty());
    Optional<String> search = params.flatMap(p -> p.optionalString("searchCondition"));
    if (!problems.isEmpty()) {
      return Either.left(problems.all());
    }
    TaskQuery query = new TaskQuery(range.get(),
        statuses.map(list -> List.ofAll(list).map(code -> TaskStatus.of(code.intValue()))).orElse(List.empty()),
        appIndex.isPresent() ? io.vavr.control.Option.some(appIndex.getAsLong()) : io.vavr.control.Option.none(),
        io.vavr.control.Option.ofOptional(search),
        new PageRequest((int) current.getAsLong(), (int) size.getAsLong()));
    boolean agentTasks = taskType.isEmpty() || taskType.getAsLong() == TaskType.AI_AGENT.code();
    return Either.right(new TaskListing(query, agentTasks));
  }

  /** The tasks to cancel in {@code body}: {@code taskIdList}, a non-empty list of positive ids. */
  public static Either<Seq<Violation>, Seq<TaskId>> cancel(JsonValue body) {
    Problems problems = new Problems();
    Optional<Fields> fields = Fields.ofBody(body, problems);
    Optional<java.util.List<Long>> ids = fields.flatMap(f -> {
      if (!f.has("taskIdList")) {
        problems.add("taskIdList", null, "is required");
        return Optional.empty();
      }
      return f.optionalLongs("taskIdList", 1, Long.MAX_VALUE);
    });
    if (ids.isPresent() && ids.get().isEmpty() && problems.isEmpty()) {
      problems.add("taskIdList", "[]", "must name at least one task");
    }
    if (!problems.isEmpty()) {
      return Either.left(problems.all());
    }
    return Either.right(List.ofAll(ids.get()).map(TaskId::of));
  }

  /** The {@code strTime}/{@code endTime} pair of a list request's {@code params}. */
  static final class Ranges {
    private Ranges() {}

    static Optional<TimeRange> read(Fields params, ZoneId zone) {
      Optional<Instant> from = params.requiredTime("strTime", zone);
      Optional<Instant> to = params.requiredTime("endTime", zone);
      if (from.isEmpty() || to.isEmpty()) {
        return Optional.empty();
      }
      if (to.get().isBefore(from.get())) {
        params.problems().add(params.path("endTime"), WireTime.format(to.get(), zone),
            "must not be before " + params.path("strTime") + " " + WireTime.format(from.get(), zone));
        return Optional.empty();
      }
      return Optional.of(TimeRange.between(from.get(), to.get()));
    }
  }
}
