package io.voicecampaign.adapter.fake.platform;

import io.voicecampaign.adapter.fake.clock.VirtualClock;
import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.recall.RecallPlan;
import io.voicecampaign.domain.recall.RecallType;
import io.voicecampaign.domain.shared.PageRequest;
import io.voicecampaign.domain.shared.TimeRange;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.domain.task.TaskQuery;
import io.vavr.control.Validation;
import java.time.Duration;
import java.time.Instant;

/** Platforms, clocks and campaigns for the simulator's tests. */
public final class PlatformFixtures {

  /** Where every fixture clock starts: 2025-03-03 09:00 at UTC+8, a Monday morning on the platform. */
  public static final Instant START = Instant.parse("2025-03-03T01:00:00Z");
  /** The seed of fixture platforms. */
  public static final long SEED = 20250303L;

  private PlatformFixtures() {}

  /** A clock at {@link #START}. */
  public static VirtualClock clock() {
    return VirtualClock.at(START);
  }

  /** A platform with the default options at {@link #START}. */
  public static SimulatedPlatform platform() {
    return platform(PlatformOptions.defaults());
  }

  /** A platform with {@code options} at {@link #START}. */
  public static SimulatedPlatform platform(PlatformOptions options) {
    return SimulatedPlatform.create(SEED, clock(), options);
  }

  /** A campaign builder named {@code name} with {@code callees} distinct numbers and no plan. */
  public static AgentCampaign.Builder campaign(String name, int callees) {
    AgentCampaign.Builder builder = AgentCampaign.builder().appId("Jgd8oFei").agentId(41).taskName(name)
        .expectCallees(callees);
    for (int i = 0; i < callees; i++) {
      builder.addCallee(String.format("4632%08d", i));
    }
    return builder;
  }

  /** A plan builder. */
  public static RecallPlan.Builder plan(RecallType type, int intervalMinutes, int attempts) {
    return RecallPlan.builder().type(type).intervalMinutes(intervalMinutes).attempts(attempts);
  }

  /** The campaign, which must be valid. */
  public static AgentCampaign build(AgentCampaign.Builder builder) {
    Validation<?, AgentCampaign> built = builder.build();
    if (built.isInvalid()) {
      throw new AssertionError("invalid fixture campaign: " + built.getError());
    }
    return built.get();
  }

  /** The plan, which must be valid. */
  public static RecallPlan build(RecallPlan.Builder builder) {
    Validation<?, RecallPlan> built = builder.build();
    if (built.isInvalid()) {
      throw new AssertionError("invalid fixture plan: " + built.getError());
    }
    return built.get();
  }

  /** The value of a success; fails the test with the reply otherwise. */
  public static <T> T ok(Reply<T> reply) {
    if (reply instanceof Reply.Ok<T> ok) {
      return ok.value();
    }
    throw new AssertionError("expected success but got " + reply);
  }

  /** The refusal; fails the test when the reply is anything else. */
  public static Reply.Refused<?> refused(Reply<?> reply) {
    if (reply instanceof Reply.Refused<?> refused) {
      return refused;
    }
    throw new AssertionError("expected a refusal but got " + reply);
  }

  /** The task's id after launching {@code campaign}; fails the test when refused. */
  public static TaskId launch(SimulatedPlatform platform, AgentCampaign.Builder campaign) {
    return ok(platform.launch(build(campaign)));
  }

  /** Every task created from a day before {@link #START} to a year after it, first page of 100. */
  public static TaskQuery allTasks() {
    return TaskQuery.within(TimeRange.between(START.minus(Duration.ofDays(1)), START.plus(Duration.ofDays(366))),
        PageRequest.MAX_SIZE);
  }
}
