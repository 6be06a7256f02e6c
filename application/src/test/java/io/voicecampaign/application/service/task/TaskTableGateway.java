package io.voicecampaign.application.service.task;

import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.application.port.out.GroupCallGateway;
import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.shared.Done;
import io.voicecampaign.domain.shared.Page;
import io.voicecampaign.domain.shared.PlatformCode;
import io.voicecampaign.domain.shared.PageRequest;
import io.voicecampaign.domain.task.GroupCallTask;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.domain.task.TaskStatus;
import io.voicecampaign.domain.task.TaskType;
import io.voicecampaign.domain.task.TaskQuery;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A gateway over a task table that behaves as the platform does with names: a create stores its task
 * or is refused with -41 when the name is taken. Each create can be scripted to lose its answer after
 * storing the task, or to fail before storing anything; stored tasks are listed only
 * {@link #listAfter} after they were made, by the given clock.
 */
final class TaskTableGateway implements GroupCallGateway {

  /** What one create does. */
  enum Create {
    /** Stores the task and answers its id. */
    NORMAL,
    /** Stores the task, then the answer is lost. */
    STORED_ANSWER_LOST,
    /** Answers -18 (Unavailable) without storing anything. */
    TRANSIENT_UNAVAILABLE,
    /** Times out without storing anything. */
    TIMED_OUT_NOT_STORED,
    /** Answers Unavailable asking for a five-minute wait, without storing anything. */
    BUSY_FIVE_MINUTES
  }

  private record Stored(TaskId id, String name, Instant created) {}

  private final Clock clock;
  private final Deque<Create> script = new ArrayDeque<>();
  private List<Stored> tasks = List.empty();
  private int creates;
  private int lookups;
  private long nextId = 9_000_001;
  private Duration listAfter = Duration.ZERO;
  private Option<GatewayFailure> lookupFailure = Option.none();

  TaskTableGateway(Clock clock) {
    this.clock = clock;
  }

  TaskTableGateway script(Create... next) {
    script.addAll(java.util.List.of(next));
    return this;
  }

  TaskTableGateway listAfter(Duration delay) {
    this.listAfter = delay;
    return this;
  }

  TaskTableGateway failLookups(GatewayFailure failure) {
    this.lookupFailure = Option.some(failure);
    return this;
  }

  /** Stores a task of another launch, made at {@code created}. */
  TaskTableGateway existing(String name, Instant created) {
    tasks = tasks.append(new Stored(TaskId.of(nextId++), name, created));
    return this;
  }

  @Override
  public Either<GatewayFailure, TaskId> launch(AgentCampaign campaign) {
    creates++;
    Create next = script.isEmpty() ? Create.NORMAL : script.poll();
    String name = campaign.taskName().value();
    if (next == Create.TRANSIENT_UNAVAILABLE) {
      return Either.left(new GatewayFailure.Unavailable("the platform reported -18", Option.none()));
    }
    if (next == Create.BUSY_FIVE_MINUTES) {
      return Either.left(new GatewayFailure.Unavailable("HTTP 503", Option.some(Duration.ofMinutes(5))));
    }
    if (next == Create.TIMED_OUT_NOT_STORED) {
      return Either.left(new GatewayFailure.TimedOut("no answer", Duration.ofSeconds(30)));
    }
    if (tasks.exists(t -> t.name().equals(name))) {
      return Either.left(new GatewayFailure.Rejected(PlatformCode.TASK_NAME_EXISTS, "task name already exists"));
    }
    Stored task = new Stored(TaskId.of(nextId++), name, clock.instant());
    tasks = tasks.append(task);
    return next == Create.STORED_ANSWER_LOST
        ? Either.left(new GatewayFailure.OutcomeUnknown("the connection was reset after the request was sent"))
        : Either.right(task.id());
  }

  /** Lists the tasks whose names contain the search text (the platform's search is fuzzy), newest first, once visible. */
  @Override
  public Either<GatewayFailure, Page<GroupCallTask>> queryTasks(TaskQuery query) {
    lookups++;
    if (lookupFailure.isDefined()) {
      return Either.left(lookupFailure.get());
    }
    Instant now = clock.instant();
    String search = query.search().getOrElse("");
    Seq<GroupCallTask> matching = tasks
        .filter(t -> t.name().contains(search) && query.createdWithin().contains(t.created()))
        .filter(t -> !t.created().plus(listAfter).isAfter(now))
        .reverse()
        .map(t -> new GroupCallTask(t.id(), t.name(), TaskStatus.WAITING_TO_SUBMIT, Option.some(TaskType.AI_AGENT), "0",
            1, 0, 0, 0, Option.some(t.created()), Option.none()));
    PageRequest page = query.page();
    int pages = (matching.size() + page.size() - 1) / page.size();
    return Either.right(new Page<>(matching.drop((page.current() - 1) * page.size()).take(page.size()),
        page.current(), page.size(), matching.size(), pages));
  }

  @Override
  public Either<GatewayFailure, Done> cancelTasks(Seq<TaskId> ids) {
    throw new UnsupportedOperationException("launching cancels nothing");
  }

  Seq<TaskId> tasksNamed(String name) {
    return tasks.filter(t -> t.name().equals(name)).map(Stored::id);
  }

  int creates() {
    return creates;
  }

  int lookups() {
    return lookups;
  }
}
