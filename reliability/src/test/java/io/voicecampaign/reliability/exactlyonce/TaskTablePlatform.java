package io.voicecampaign.reliability.exactlyonce;

import io.voicecampaign.reliability.support.WireJson;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A platform that keeps a task table: a create stores its task (or answers -41 when the name is taken,
 * as the platform does) and is then answered by the current {@link Delivery}, which may lose the
 * answer; the task query lists the stored tasks whose names contain the search text, created within
 * the asked range, one page at a time. Thread-safe.
 */
final class TaskTablePlatform extends Dispatcher {

  /** How the answer to a stored create reaches the client. */
  interface Delivery {
    /** The answer to a create that stored task {@code id}. */
    MockResponse answer(long id);
  }

  /** One stored task. */
  record StoredTask(long id, String name, Instant created) {}

  private final Clock clock;
  private final AtomicLong nextId = new AtomicLong(7_000_001);
  private final List<StoredTask> tasks = new ArrayList<>();
  private final List<String> creates = new ArrayList<>();
  private volatile Supplier<Delivery> delivery = () -> id -> created(id, "");

  TaskTablePlatform(Clock clock) {
    this.clock = clock;
  }

  /** Answers stored creates by {@code next} from now on. */
  void deliverCreates(Supplier<Delivery> next) {
    this.delivery = next;
  }

  /** The answer to a create that went through: the seed page's shape (E1), padded by {@code padding}. */
  static MockResponse created(long id, String padding) {
    return new MockResponse.Builder().addHeader("Content-Type", "application/json")
        .body("{\"status\":\"0\",\"reason\":\"success" + padding + "\",\"data\":" + id + "}").build();
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    String path = request.getUrl().encodedPath();
    Map<String, Object> body = WireJson.object(request.getBody());
    if (path.endsWith("/voice/group/call/send/agent")) {
      return create(WireJson.text(body, "taskName"));
    }
    if (path.endsWith("/voice/group/call/query")) {
      return query(body);
    }
    return new MockResponse.Builder().code(404).body("no such endpoint").build();
  }

  private MockResponse create(String name) {
    long id;
    synchronized (this) {
      creates.add(name);
      if (tasks.stream().anyMatch(task -> task.name().equals(name))) {
        return json("{\"code\":-41,\"msg\":\"Task name already exists\",\"data\":null}");
      }
      id = nextId.getAndIncrement();
      tasks.add(new StoredTask(id, name, clock.instant()));
    }
    return delivery.get().answer(id);
  }

  private MockResponse query(Map<String, Object> body) {
    Map<String, Object> params = WireJson.object(body, "params");
    String search = WireJson.text(params, "searchCondition");
    Instant from = WireJson.instant(WireJson.text(params, "strTime"));
    Instant to = WireJson.instant(WireJson.text(params, "endTime"));
    int current = (int) WireJson.number(body, "current");
    int size = (int) WireJson.number(body, "size");
    List<StoredTask> matching;
    synchronized (this) {
      matching = tasks.stream()
          .filter(task -> search == null || task.name().contains(search))
          .filter(task -> !task.created().isBefore(from.minusSeconds(1)) && !task.created().isAfter(to.plusSeconds(1)))
          .sorted((a, b) -> Long.compare(b.id(), a.id()))
          .toList();
    }
    List<String> records = new ArrayList<>();
    for (int i = (current - 1) * size; i < Math.min(matching.size(), current * size); i++) {
      StoredTask task = matching.get(i);
      records.add("{\"taskId\":" + task.id() + ",\"taskName\":" + WireJson.quote(task.name()) + ",\"status\":0,\"rate\":\"0\","
          + "\"numCnt\":2,\"callNum\":0,\"success\":0,\"fail\":0,\"createdTime\":\"" + WireJson.wallClock(task.created()) + "\"}");
    }
    int pages = (matching.size() + size - 1) / size;
    return json("{\"code\":0,\"msg\":\"success\",\"data\":{\"records\":[" + String.join(",", records) + "],\"total\":"
        + matching.size() + ",\"size\":" + size + ",\"current\":" + current + ",\"pages\":" + pages + "}}");
  }

  private static MockResponse json(String body) {
    return new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build();
  }

  /** The tasks stored under {@code name}. */
  synchronized List<StoredTask> tasksNamed(String name) {
    return tasks.stream().filter(task -> task.name().equals(name)).toList();
  }

  /** Every stored task. */
  synchronized List<StoredTask> tasks() {
    return List.copyOf(tasks);
  }

  /** How many creates named {@code name} the platform received. */
  synchronized long createsNamed(String name) {
    return creates.stream().filter(name::equals).count();
  }

  /** How many creates the platform received. */
  synchronized int creates() {
    return creates.size();
  }
}
