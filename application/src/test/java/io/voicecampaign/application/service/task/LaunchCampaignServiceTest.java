package io.voicecampaign.application.service.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.application.port.in.task.LaunchCampaignCommand;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.application.port.out.GroupCallGateway;
import io.voicecampaign.application.testing.AgentCampaignFixtures;
import io.voicecampaign.application.testing.GatewayFailureFixtures;
import io.voicecampaign.application.testing.VirtualClock;
import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.shared.PlatformCode;
import io.voicecampaign.domain.shared.Violation;
import io.voicecampaign.domain.task.TaskId;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Launching a campaign")
class LaunchCampaignServiceTest {

  private static final Instant NOW = Instant.parse("2026-04-01T03:31:08Z");

  private final VirtualClock clock = VirtualClock.at(NOW);
  private final FakeGroupCallGateway gateway = new FakeGroupCallGateway();
  private final LaunchCampaignService service = new LaunchCampaignService(gateway, clock, clock.sleeper());

  @Test
  @DisplayName("sends an immediate campaign once and answers the new task's id")
  void launchesImmediately() {
    AgentCampaign campaign = AgentCampaignFixtures.immediate("spring-renewals");

    Either<Failure, TaskId> launched = service.launch(new LaunchCampaignCommand(campaign));

    assertThat(launched).isEqualTo(Either.right(TaskId.of(7_000_001)));
    assertThat(gateway.launched()).containsExactly(campaign);
  }

  @Test
  @DisplayName("sends a campaign scheduled in the future")
  void launchesScheduled() {
    AgentCampaign campaign = AgentCampaignFixtures.scheduledAt("spring-renewals", NOW.plus(Duration.ofHours(1)));

    assertThat(service.launch(new LaunchCampaignCommand(campaign)).isRight()).isTrue();
    assertThat(gateway.launched()).containsExactly(campaign);
  }

  @Test
  @DisplayName("a send time of exactly now has not passed")
  void sendTimeNowIsAccepted() {
    AgentCampaign campaign = AgentCampaignFixtures.scheduledAt("spring-renewals", NOW);

    assertThat(service.launch(new LaunchCampaignCommand(campaign)).isRight()).isTrue();
  }

  @Test
  @DisplayName("refuses a send time that has passed, naming the field, the value and the rule, and sends nothing")
  void refusesPastSendTime() {
    GroupCallGateway neverCalled = mock(GroupCallGateway.class);
    Instant past = NOW.minusSeconds(1);
    AgentCampaign campaign = AgentCampaignFixtures.scheduledAt("spring-renewals", past);

    Either<Failure, TaskId> launched = new LaunchCampaignService(neverCalled, clock, clock.sleeper()).launch(new LaunchCampaignCommand(campaign));

    assertThat(launched.getLeft()).isInstanceOfSatisfying(Failure.InvalidInput.class, invalid -> {
      assertThat(invalid.violations()).hasSize(1);
      Violation violation = invalid.violations().head();
      assertThat(violation.path()).isEqualTo("sendTime");
      assertThat(violation.value()).isEqualTo(past.toString());
      assertThat(violation.rule()).contains("must not be in the past").contains(NOW.toString());
    });
    verifyNoInteractions(neverCalled);
  }

  @Test
  @DisplayName("judges the send time by the injected clock, not the machine's")
  void usesTheInjectedClock() {
    AgentCampaign campaign = AgentCampaignFixtures.scheduledAt("spring-renewals", NOW.plus(Duration.ofMinutes(5)));

    clock.advance(Duration.ofMinutes(6));

    assertThat(service.launch(new LaunchCampaignCommand(campaign)).getLeft()).isInstanceOf(Failure.InvalidInput.class);
    assertThat(gateway.launched()).isEmpty();
  }

  @Test
  @DisplayName("a platform refusal comes back as a gateway failure carrying the platform's code")
  void platformRefusal() {
    GatewayFailure nameTaken = GatewayFailureFixtures.rejected(PlatformCode.TASK_NAME_EXISTS);
    gateway.failNextCall(nameTaken);

    Either<Failure, TaskId> launched = service.launch(new LaunchCampaignCommand(AgentCampaignFixtures.immediate("spring-renewals")));

    assertThat(launched).isEqualTo(Either.left(new Failure.Gateway(nameTaken)));
  }

  @Test
  @DisplayName("a refusal that may pass (-37) is not re-sent: only an unknown outcome is")
  void refusalIsNotResent() {
    GatewayFailure limit = GatewayFailureFixtures.rejected(PlatformCode.CONCURRENT_TASK_LIMIT);
    gateway.failNextCall(limit);

    Either<Failure, TaskId> launched = service.launch(new LaunchCampaignCommand(AgentCampaignFixtures.immediate("spring-renewals")));

    assertThat(limit.retryable()).isTrue();
    assertThat(launched).isEqualTo(Either.left(new Failure.Gateway(limit)));
    assertThat(gateway.launched()).hasSize(1);
  }
}
