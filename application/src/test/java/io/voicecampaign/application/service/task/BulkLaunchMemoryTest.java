package io.voicecampaign.application.service.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.application.port.in.task.BulkLaunchCommand;
import io.voicecampaign.application.port.in.task.BulkLaunchReport;
import io.voicecampaign.application.port.in.task.CalleeEntry;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.application.port.out.GroupCallGateway;
import io.voicecampaign.application.testing.VirtualClock;
import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.shared.Done;
import io.voicecampaign.domain.shared.Page;
import io.voicecampaign.domain.task.GroupCallTask;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.domain.task.TaskQuery;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("bulk-heap")
@DisplayName("A bulk launch of 1,000,000 callees holds one part at a time: it runs in a 512 MiB heap")
class BulkLaunchMemoryTest {

  /** Counts what it is sent and keeps nothing of it. */
  private static final class CountingGateway implements GroupCallGateway {
    final List<String> names = new ArrayList<>();
    final List<Integer> sizes = new ArrayList<>();

    @Override
    public Either<GatewayFailure, TaskId> launch(AgentCampaign campaign) {
      names.add(campaign.taskName().value());
      sizes.add(campaign.callees().size());
      return Either.right(TaskId.of(names.size()));
    }

    @Override
    public Either<GatewayFailure, Page<GroupCallTask>> queryTasks(TaskQuery query) {
      throw new UnsupportedOperationException("a fresh bulk launch lists nothing");
    }

    @Override
    public Either<GatewayFailure, Done> cancelTasks(Seq<TaskId> ids) {
      throw new UnsupportedOperationException("a bulk launch cancels nothing");
    }
  }

  @Test
  @DisplayName("1,000,000 callees with two texts each, from a source that makes them as they are read: five parts of 200,000")
  void millionCallees() {
    CountingGateway gateway = new CountingGateway();
    VirtualClock clock = VirtualClock.at(Instant.parse("2026-04-01T03:31:08Z"));
    Iterable<CalleeEntry> callees = () -> IntStream.range(0, 1_000_000)
        .mapToObj(i -> CalleeEntry.of(String.format("46%010d", i), "Customer " + i, "EUR " + (i % 90 + 10))).iterator();

    BulkLaunchReport report = new BulkLaunchService(gateway, clock, clock.sleeper())
        .launch(BulkLaunchCommand.of("debtors", b -> b.appId("Jgd8oFei").agentId(41), callees)).get();

    assertThat(report.complete()).isTrue();
    assertThat(gateway.names).containsExactly("debtors-1of5", "debtors-2of5", "debtors-3of5", "debtors-4of5", "debtors-5of5");
    assertThat(gateway.sizes).containsOnly(200_000);
    assertThat(Runtime.getRuntime().maxMemory()).as("the heap this test runs in").isLessThanOrEqualTo(512L * 1024 * 1024);
  }
}
