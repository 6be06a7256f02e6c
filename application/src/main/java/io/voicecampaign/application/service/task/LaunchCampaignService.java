package io.voicecampaign.application.service.task;

import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.application.port.in.task.LaunchCampaignCommand;
import io.voicecampaign.application.port.in.task.LaunchCampaignUseCase;
import io.voicecampaign.application.port.out.GroupCallGateway;
import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.shared.Violation;
import io.voicecampaign.domain.task.TaskId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Launches an AI-agent campaign. A scheduled send time that has already passed (by the injected
 * clock) is refused before anything is sent, since the platform's handling of it is undocumented;
 * otherwise the gateway is called exactly once and never retried here, because a second create
 * could make the task twice.
 */
public final class LaunchCampaignService implements LaunchCampaignUseCase {

  private final GroupCallGateway gateway;
  private final Clock clock;

  /** A service launching through {@code gateway} and judging send times by {@code clock}. */
  @Inject
  public LaunchCampaignService(GroupCallGateway gateway, Clock clock) {
    this.gateway = Objects.requireNonNull(gateway, "gateway == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
  }

  @Override
  public Either<Failure, TaskId> launch(LaunchCampaignCommand command) {
    Objects.requireNonNull(command, "command == null");
    AgentCampaign campaign = command.campaign();
    Option<Violation> pastSendTime = pastSendTime(campaign.sendTime(), clock.instant());
    if (pastSendTime.isDefined()) {
      return Either.left(new Failure.InvalidInput(List.of(pastSendTime.get())));
    }
    return gateway.launch(campaign).mapLeft(Failure.Gateway::new);
  }

  private static Option<Violation> pastSendTime(Option<Instant> sendTime, Instant now) {
    return sendTime
        .filter(time -> time.isBefore(now))
        .map(time -> Violation.of("sendTime", time,
            "must not be in the past (it is now " + now + "); leave it unset to start immediately"));
  }
}
