package io.voicecampaign.application.port.out.contract;

import static io.voicecampaign.application.port.out.contract.ContractFixtures.around;
import static io.voicecampaign.application.port.out.contract.ContractFixtures.success;
import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.application.port.in.task.AwaitTaskCommand;
import io.voicecampaign.application.port.in.task.BulkLaunchCommand;
import io.voicecampaign.application.port.in.task.BulkLaunchProgress;
import io.voicecampaign.application.port.in.task.BulkLaunchReport;
import io.voicecampaign.application.port.in.task.CalleeEntry;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.application.port.out.GroupCallGateway;
import io.voicecampaign.application.service.task.AwaitTaskService;
import io.voicecampaign.application.service.task.BulkLaunchService;
import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.shared.Done;
import io.voicecampaign.domain.shared.Page;
import io.voicecampaign.domain.shared.PageRequest;
import io.voicecampaign.domain.task.GroupCallTask;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.domain.task.TaskName;
import io.voicecampaign.domain.task.TaskQuery;
import io.voicecampaign.domain.task.TaskStatus;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The bulk launch and the task waiter over a transport's gateway: parts named and sized as promised,
 * the concurrent-task limit waited out, and a launch killed at any point resumed without dialling
 * anyone twice. Every wait moves the platform's time, so none takes real time.
 */
public abstract class BulkLaunchContract {

  /** Crash trials. */
  protected static final int TRIALS = 100;

  /** A gateway to this test's platform. */
  protected abstract GroupCallGateway gateway();

  /** The control of this test's platform. */
  protected abstract PlatformControl control();

  private BulkLaunchService bulk(GroupCallGateway through) {
    return new BulkLaunchService(through, control().clock(), control()::advance);
  }

  private static List<CalleeEntry> callees(int trial, int count) {
    List<CalleeEntry> entries = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      entries.add(CalleeEntry.of(String.format("46%03d%07d", trial, i), "Customer " + i));
    }
    return entries;
  }

  private static BulkLaunchCommand command(String name, List<CalleeEntry> callees, int partSize) {
    return BulkLaunchCommand.of(name, b -> b.appId(ContractFixtures.APP_ID).agentId(ContractFixtures.AGENT_ID), callees)
        .withPartSize(partSize);
  }

  private Seq<GroupCallTask> tasksOf(String name) {
    return success(gateway().queryTasks(TaskQuery.within(around(control().now()), PageRequest.MAX_SIZE).withSearch(name + "-")))
        .records().filter(task -> task.name().startsWith(name + "-"));
  }

  @Test
  @DisplayName("25 callees in parts of 10: three tasks name-1of3..name-3of3 holding 10, 10 and 5, their ids in the report")
  public void splitsIntoNamedParts() {
    Either<Failure, BulkLaunchReport> report = bulk(gateway()).launch(command("bulk-split", callees(1, 25), 10));

    assertThat(report.get().complete()).isTrue();
    Seq<GroupCallTask> tasks = tasksOf("bulk-split").sortBy(GroupCallTask::name);
    assertThat(tasks.map(GroupCallTask::name)).containsExactly("bulk-split-1of3", "bulk-split-2of3", "bulk-split-3of3");
    assertThat(tasks.map(GroupCallTask::numbers)).containsExactly(10L, 10L, 5L);
    assertThat(report.get().taskIds()).containsExactlyInAnyOrderElementsOf(tasks.map(GroupCallTask::id));
  }

  @Test
  @DisplayName("At a concurrent-task limit of 1, each part waits (-37) for the one before to end; the listener hears the wait")
  public void waitsOnTheConcurrentTaskLimit() {
    control().setConcurrentTaskLimit(1);
    List<BulkLaunchProgress> heard = new ArrayList<>();

    Either<Failure, BulkLaunchReport> report = bulk(gateway())
        .launch(command("bulk-limit", callees(2, 9), 3).withListener(heard::add));

    assertThat(report.get().complete()).as("%s", report).isTrue();
    assertThat(tasksOf("bulk-limit")).hasSize(3);
    assertThat(heard).anySatisfy(progress -> assertThat(progress.waitingOnLimit()).isTrue());
    assertThat(heard.get(heard.size() - 1)).isEqualTo(new BulkLaunchProgress(3, 3, 9, 9, false));
  }

  @Test
  @DisplayName("100 trials killed at a random call (before or after the platform acted), then run again: every callee in exactly one task")
  public void resumesAfterACrash() {
    Random random = new Random(15);
    for (int trial = 0; trial < TRIALS; trial++) {
      String name = "bulk-crash-" + trial;
      int count = 5 + random.nextInt(20);
      int partSize = 1 + random.nextInt(7);
      List<CalleeEntry> entries = callees(100 + trial, count);
      CrashingGateway crashing = new CrashingGateway(gateway(), random.nextInt(2 * ((count + partSize - 1) / partSize) + 1),
          random.nextBoolean());
      try {
        bulk(crashing).launch(command(name, entries, partSize));
      } catch (CrashingGateway.Crash killed) {
        // the process died here
      }

      Either<Failure, BulkLaunchReport> again = bulk(gateway()).launch(command(name, entries, partSize));

      int parts = (count + partSize - 1) / partSize;
      assertThat(again.get().complete()).as("trial %d: %s", trial, again).isTrue();
      Seq<GroupCallTask> tasks = tasksOf(name);
      assertThat(tasks).as("trial %d: one task per part", trial).hasSize(parts);
      assertThat(tasks.map(GroupCallTask::numbers).sum().longValue()).as("trial %d: every callee once", trial).isEqualTo(count);
      assertThat(again.get().taskIds().distinct()).as("trial %d", trial).hasSize(parts);
    }
  }

  @Test
  @DisplayName("The task waiter polls until the task is final, in the platform's time")
  public void awaitsATask() {
    TaskId id = success(gateway().launch(ContractFixtures.build(ContractFixtures.campaign("await-me", 3))));
    AwaitTaskService waiter = new AwaitTaskService(gateway(), control().clock(), control()::advance);

    Either<Failure, GroupCallTask> done = waiter.await(AwaitTaskCommand.of(id, TaskName.of("await-me"), around(control().now()),
        Duration.ofDays(2)));

    assertThat(done.get().status()).isEqualTo(TaskStatus.FINISHED);
    assertThat(done.get().called()).isEqualTo(3);
  }

  /** A gateway whose process dies at its {@code at}-th launch: before it is sent, or after the platform answered. */
  private static final class CrashingGateway implements GroupCallGateway {

    /** The process dying. */
    static final class Crash extends RuntimeException {
      private static final long serialVersionUID = 1L;

      Crash() {
        super("killed", null, false, false);
      }
    }

    private final GroupCallGateway delegate;
    private final int at;
    private final boolean afterActing;
    private int launches;

    CrashingGateway(GroupCallGateway delegate, int at, boolean afterActing) {
      this.delegate = delegate;
      this.at = at;
      this.afterActing = afterActing;
    }

    @Override
    public Either<GatewayFailure, TaskId> launch(AgentCampaign campaign) {
      if (launches++ == at && !afterActing) {
        throw new Crash();
      }
      Either<GatewayFailure, TaskId> sent = delegate.launch(campaign);
      if (launches - 1 == at) {
        throw new Crash();
      }
      return sent;
    }

    @Override
    public Either<GatewayFailure, Page<GroupCallTask>> queryTasks(TaskQuery query) {
      return delegate.queryTasks(query);
    }

    @Override
    public Either<GatewayFailure, Done> cancelTasks(Seq<TaskId> ids) {
      return delegate.cancelTasks(ids);
    }
  }
}
