package io.voicecampaign.benchmarks.fake;

import io.voicecampaign.adapter.fake.FakeVoiceCampaigns;
import io.voicecampaign.adapter.fake.clock.VirtualClock;
import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.application.port.in.task.LaunchCampaignCommand;
import io.voicecampaign.benchmarks.support.CalleeFixtures;
import io.voicecampaign.benchmarks.support.CalleeFixtures.RawCallees;
import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.recall.RecallFlow;
import io.voicecampaign.domain.recall.RecallNode;
import io.voicecampaign.domain.recall.RecallPlan;
import io.voicecampaign.domain.recall.RecallStatus;
import io.voicecampaign.domain.recall.RecallType;
import io.voicecampaign.domain.task.GroupCallTask;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.domain.task.TaskStatus;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Case 5: 1,000 campaigns of 1,000 callees, each with a recall plan of three attempts that redial
 * every callee ({@link RecallType#ALL}: 4,000 calls per campaign, 4,000,000 in all), launched through
 * the SDK's use case on the simulator and run to completion by advancing its virtual clock until
 * nothing is scheduled. Target: under 2 s. One shot per iteration, on a fresh simulator.
 *
 * <p>The baseline is the floor of any simulation of these calls: a plain loop drawing the same
 * number of seeded outcomes with the simulator's default weights and counting them per task. It
 * keeps no tasks, flows, pages or clock; the ratio says what the simulator's model costs over that.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class FakeCampaignsBenchmark {

  static final int CAMPAIGNS = 1_000;
  static final int CALLEES = 1_000;
  static final int RECALL_ATTEMPTS = 3;
  private static final Instant START = Instant.parse("2026-03-02T01:00:00Z");
  private static final long SEED = 42L;

  /** Launch every campaign through the SDK, then let the simulator run until nothing is left. */
  @Benchmark
  public Instant sdkRunToCompletion(SimulatorRun run) {
    for (int c = 0; c < CAMPAIGNS; c++) {
      Either<Failure, TaskId> id = run.fake.launchCampaign().launch(new LaunchCampaignCommand(run.campaigns[c]));
      run.launched[c] = id.getOrElseThrow(failure -> new IllegalStateException("launch refused: " + failure));
    }
    return run.fake.platform().advanceUntilIdle();
  }

  /** The same number of seeded outcome draws, counted per task, in a plain loop. */
  @Benchmark
  public long baselinePlainLoop() {
    SplittableRandom random = new SplittableRandom(SEED);
    long answered = 0;
    byte[] outcomes = new byte[CALLEES];
    for (int c = 0; c < CAMPAIGNS; c++) {
      for (int attempt = 0; attempt <= RECALL_ATTEMPTS; attempt++) {
        int success = 0;
        for (int i = 0; i < CALLEES; i++) {
          int draw = random.nextInt(100);
          // the simulator's default weights: 55 answered, 25 no answer, 20 failed
          byte outcome = (byte) (draw < 55 ? 0 : draw < 80 ? 1 : 2);
          outcomes[i] = outcome;
          if (outcome == 0) {
            success++;
          }
        }
        answered += success + outcomes[c % CALLEES];
      }
    }
    return answered;
  }

  /** The campaigns (built once) and a fresh simulator for every shot. */
  @State(Scope.Benchmark)
  public static class SimulatorRun {
    AgentCampaign[] campaigns;
    FakeVoiceCampaigns fake;
    TaskId[] launched;

    /** Builds the campaigns once; they differ only in their task names. */
    @Setup(Level.Trial)
    public void buildCampaigns() {
      RawCallees callees = CalleeFixtures.raw(CALLEES);
      campaigns = new AgentCampaign[CAMPAIGNS];
      for (int c = 0; c < CAMPAIGNS; c++) {
        campaigns[c] = CalleeFixtures.valid(CalleeFixtures.builder("fake-benchmark-" + c, callees)
            .recall(RecallPlan.builder().type(RecallType.ALL).intervalMinutes(30).attempts(RECALL_ATTEMPTS))
            .build());
      }
    }

    /** A fresh simulator for every shot. */
    @Setup(Level.Iteration)
    public void freshSimulator() {
      fake = FakeVoiceCampaigns.create(SEED, VirtualClock.at(START));
      launched = new TaskId[CAMPAIGNS];
    }

    /**
     * Checks, outside the measurement, that every flow completed all its attempts and that every
     * task, parent or recall child, called all its numbers: 4,000,000 calls in all.
     */
    @TearDown(Level.Iteration)
    public void checkEveryCallWasMade() {
      long calls = 0;
      for (TaskId parent : launched) {
        RecallFlow flow = fake.platform().flowOfTask(parent)
            .getOrElseThrow(() -> new IllegalStateException("no recall flow for task " + parent));
        if (flow.status() != RecallStatus.COMPLETED || flow.finishedAttempts() != RECALL_ATTEMPTS) {
          throw new IllegalStateException("flow of task " + parent + " did not complete: " + flow);
        }
        calls += calledAll(parent);
        for (RecallNode node : flow.nodes()) {
          calls += calledAll(node.childTask().getOrElseThrow(() -> new IllegalStateException("node without task")));
        }
      }
      long expected = (long) CAMPAIGNS * CALLEES * (1 + RECALL_ATTEMPTS);
      if (calls != expected) {
        throw new IllegalStateException(calls + " calls made, expected " + expected);
      }
    }

    private long calledAll(TaskId id) {
      GroupCallTask task = fake.platform().task(id).getOrElseThrow(() -> new IllegalStateException("no task " + id));
      if (task.status() != TaskStatus.FINISHED || task.called() != task.numbers()) {
        throw new IllegalStateException("task " + id + " did not call all its numbers: " + task);
      }
      return task.called();
    }
  }
}
