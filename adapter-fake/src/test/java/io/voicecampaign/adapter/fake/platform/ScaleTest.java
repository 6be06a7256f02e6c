package io.voicecampaign.adapter.fake.platform;

import static io.voicecampaign.adapter.fake.platform.PlatformFixtures.allTasks;
import static io.voicecampaign.adapter.fake.platform.PlatformFixtures.build;
import static io.voicecampaign.adapter.fake.platform.PlatformFixtures.ok;
import static io.voicecampaign.adapter.fake.platform.PlatformFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.campaign.Callee;
import io.voicecampaign.domain.recall.RecallFlow;
import io.voicecampaign.domain.recall.RecallNode;
import io.voicecampaign.domain.recall.RecallStatus;
import io.voicecampaign.domain.recall.RecallType;
import io.voicecampaign.domain.shared.Page;
import io.voicecampaign.domain.shared.PageRequest;
import io.voicecampaign.domain.task.GroupCallTask;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.domain.task.TaskStatus;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A hundred campaigns of a thousand callees, each with three recall-the-failed attempts")
class ScaleTest {

  @Test
  @DisplayName("run to completion with every count adding up")
  void runToCompletion() {
    Callee[] callees = new Callee[1_000];
    for (int i = 0; i < callees.length; i++) {
      callees[i] = Callee.of(String.format("4632%08d", i));
    }
    SimulatedPlatform platform = PlatformFixtures.platform();
    List<TaskId> parents = List.empty();
    for (int c = 0; c < 100; c++) {
      AgentCampaign.Builder builder = AgentCampaign.builder().appId("Jgd8oFei").agentId(41).taskName("scale-" + c)
          .recall(plan(RecallType.FAILED, 30, 3)).expectCallees(callees.length);
      for (Callee callee : callees) {
        builder.addCallee(callee);
      }
      parents = parents.prepend(ok(platform.launch(build(builder))));
    }

    platform.advanceUntilIdle();

    Map<TaskId, GroupCallTask> tasks = new HashMap<>();
    for (int p = 1; ; p++) {
      Page<GroupCallTask> page = ok(platform.queryTasks(allTasks().withPage(new PageRequest(p, PageRequest.MAX_SIZE))));
      page.records().forEach(t -> tasks.put(t.id(), t));
      if (!page.hasNext()) {
        break;
      }
    }
    assertThat(tasks).hasSize(400);
    assertThat(tasks.values()).allSatisfy(t -> {
      assertThat(t.status()).isEqualTo(TaskStatus.FINISHED);
      assertThat(t.called()).isEqualTo(t.numbers());
      assertThat(t.success() + t.fail()).isEqualTo(t.called());
    });
    long calls = 0;
    for (TaskId parent : parents) {
      RecallFlow flow = platform.flowOfTask(parent).get();
      assertThat(flow.status()).isEqualTo(RecallStatus.COMPLETED);
      assertThat(flow.finishedAttempts()).isEqualTo(3);
      Seq<GroupCallTask> attempts = flow.nodes().map(RecallNode::childTask).map(id -> tasks.get(id.get()))
          .prepend(tasks.get(parent));
      assertThat(attempts.head().numbers()).isEqualTo(1_000);
      for (int i = 1; i < attempts.size(); i++) {
        assertThat(attempts.get(i).numbers()).isEqualTo(attempts.get(i - 1).fail());
      }
      calls += attempts.map(GroupCallTask::called).sum().longValue();
    }
    assertThat(calls).isEqualTo(tasks.values().stream().mapToLong(GroupCallTask::called).sum());
    assertThat(platform.unfinishedTaskCount()).isZero();
    assertThat(platform.nextEventTime()).isEmpty();
  }
}
