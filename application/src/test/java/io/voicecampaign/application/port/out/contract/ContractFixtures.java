package io.voicecampaign.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.recall.RecallPlan;
import io.voicecampaign.domain.recall.RecallType;
import io.voicecampaign.domain.shared.PlatformCode;
import io.voicecampaign.domain.shared.TimeRange;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.Duration;
import java.time.Instant;

/** Campaigns, plans, ranges and result checks shared by the contract suites. */
public final class ContractFixtures {

  /** The application every fixture campaign belongs to. */
  public static final String APP_ID = "Jgd8oFei";
  /** The agent every fixture campaign runs. */
  public static final long AGENT_ID = 41;

  private ContractFixtures() {}

  /** A campaign builder for {@code name} with {@code callees} distinct numbers and no plan. */
  public static AgentCampaign.Builder campaign(String name, int callees) {
    AgentCampaign.Builder builder = AgentCampaign.builder().appId(APP_ID).agentId(AGENT_ID).taskName(name);
    for (int i = 0; i < callees; i++) {
      builder.addCallee(String.format("4632%08d", i), "Customer " + i);
    }
    return builder;
  }

  /** A plan of {@code type} with {@code attempts} attempts {@code intervalMinutes} apart. */
  public static RecallPlan.Builder plan(RecallType type, int intervalMinutes, int attempts) {
    return RecallPlan.builder().type(type).intervalMinutes(intervalMinutes).attempts(attempts);
  }

  /** The campaign the builder describes; fails the test when it is invalid. */
  public static AgentCampaign build(AgentCampaign.Builder builder) {
    Validation<?, AgentCampaign> built = builder.build();
    assertThat(built.isValid()).as("fixture campaign is valid: %s", built).isTrue();
    return built.get();
  }

  /** The plan the builder describes; fails the test when it is invalid. */
  public static RecallPlan build(RecallPlan.Builder builder) {
    Validation<?, RecallPlan> built = builder.build();
    assertThat(built.isValid()).as("fixture plan is valid: %s", built).isTrue();
    return built.get();
  }

  /** A range from a month before {@code now} to a month after it: every record a test makes. */
  public static TimeRange around(Instant now) {
    return TimeRange.between(now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(30)));
  }

  /** The success value; fails the test with the failure's message otherwise. */
  public static <T> T success(Either<GatewayFailure, T> result) {
    assertThat(result.isRight()).as("expected success but got %s", result.isLeft() ? result.getLeft().message() : "").isTrue();
    return result.get();
  }

  /** Checks that the platform refused with {@code code}; returns the failure. */
  public static GatewayFailure.Rejected rejected(Either<GatewayFailure, ?> result, PlatformCode code) {
    assertThat(result.isLeft()).as("expected a refusal with %s but got %s", code, result).isTrue();
    assertThat(result.getLeft()).isInstanceOf(GatewayFailure.Rejected.class);
    GatewayFailure.Rejected rejected = (GatewayFailure.Rejected) result.getLeft();
    assertThat(rejected.code()).as("refusal %s", rejected.message()).isEqualTo(code);
    return rejected;
  }
}
