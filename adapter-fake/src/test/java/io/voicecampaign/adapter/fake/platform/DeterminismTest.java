package io.voicecampaign.adapter.fake.platform;

import static io.voicecampaign.adapter.fake.platform.PlatformFixtures.allTasks;
import static io.voicecampaign.adapter.fake.platform.PlatformFixtures.build;
import static io.voicecampaign.adapter.fake.platform.PlatformFixtures.campaign;
import static io.voicecampaign.adapter.fake.platform.PlatformFixtures.clock;
import static io.voicecampaign.adapter.fake.platform.PlatformFixtures.ok;
import static io.voicecampaign.adapter.fake.platform.PlatformFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.recall.RecallType;
import io.voicecampaign.domain.task.GroupCallTask;
import io.voicecampaign.domain.task.TaskId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The simulated platform")
class DeterminismTest {

  private static final Seq<AgentCampaign> CAMPAIGNS = List.range(0, 5)
      .map(i -> build(campaign("repeat-" + i, 200).recall(plan(RecallType.FAILED, 30, 3))));

  private static Seq<GroupCallTask> runToTheEnd(long seed, boolean lookOften) {
    SimulatedPlatform platform = SimulatedPlatform.create(seed, clock(), PlatformOptions.defaults());
    CAMPAIGNS.forEach(platform::launch);
    if (lookOften) {
      for (int minute = 0; minute < 600; minute++) {
        platform.advance(Duration.ofMinutes(1));
        platform.queryTasks(allTasks());
      }
    }
    platform.advanceUntilIdle();
    return ok(platform.queryTasks(allTasks())).records();
  }

  @Test
  @DisplayName("ends every call the same way for the same seed, however often anyone looks")
  void sameSeedSameRun() {
    Seq<GroupCallTask> once = runToTheEnd(7, false);
    Seq<GroupCallTask> watched = runToTheEnd(7, true);

    assertThat(once).hasSize(20);
    assertThat(watched).isEqualTo(once);
  }

  @Test
  @DisplayName("ends calls differently for another seed")
  void otherSeedOtherRun() {
    assertThat(runToTheEnd(8, false).map(GroupCallTask::success)).isNotEqualTo(runToTheEnd(7, false).map(GroupCallTask::success));
  }

  @Test
  @DisplayName("stays consistent under concurrent launches: distinct ids, one winner per contested name")
  void threadSafe() throws InterruptedException {
    SimulatedPlatform platform = PlatformFixtures.platform();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    ConcurrentLinkedQueue<TaskId> ids = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<Reply<TaskId>> contested = new ConcurrentLinkedQueue<>();
    CountDownLatch go = new CountDownLatch(1);
    for (int thread = 0; thread < 4; thread++) {
      int t = thread;
      pool.execute(() -> {
        try {
          go.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        for (int i = 0; i < 50; i++) {
          ids.add(ok(platform.launch(build(campaign("thread-" + t + "-" + i, 3)))));
          contested.add(platform.launch(build(campaign("contested", 1))));
          platform.advance(Duration.ofSeconds(1));
          platform.queryTasks(allTasks());
        }
      });
    }
    go.countDown();
    pool.shutdown();
    assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

    assertThat(List.ofAll(ids).distinct()).hasSize(200);
    assertThat(List.ofAll(contested).count(Reply.Ok.class::isInstance)).isEqualTo(1);
    assertThat(ok(platform.queryTasks(allTasks())).total()).isEqualTo(201);
    assertThat(platform.requestCount(io.voicecampaign.adapter.fake.fault.Operation.LAUNCH)).isEqualTo(400);
  }
}
