package io.voicecampaign.application.testing;

import io.voicecampaign.domain.shared.AgentId;
import io.voicecampaign.domain.task.GroupCallTask;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.domain.task.TaskStatus;
import io.voicecampaign.domain.task.TaskType;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;

/** Group-call tasks as the platform lists them, with ids from {@link #FIRST_ID} on. */
public final class GroupCallTaskFixtures {

  /** The id of the first task {@link #tasks(int)} makes. */
  public static final long FIRST_ID = 5_000_001;
  /** When the first task was created; each later one a minute after. */
  public static final Instant FIRST_CREATED = Instant.parse("2026-03-01T01:00:00Z");

  private GroupCallTaskFixtures() {}

  /** A finished task with 1,000 numbers, all called, 800 answered. */
  public static GroupCallTask finished(long id) {
    return new GroupCallTask(TaskId.of(id), "campaign-" + id, TaskStatus.FINISHED, Option.of(TaskType.AI_AGENT), "100",
        1_000, 1_000, 800, 200, Option.of(FIRST_CREATED.plus(Duration.ofMinutes(id - FIRST_ID))),
        Option.of(AgentId.of(AgentCampaignFixtures.AGENT_ID)));
  }

  /** {@code count} finished tasks with consecutive ids from {@link #FIRST_ID}. */
  public static Seq<GroupCallTask> tasks(int count) {
    return List.range(0, count).map(i -> finished(FIRST_ID + i));
  }
}
