package io.voicecampaign.application.service.task;

import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.application.port.in.task.LaunchCampaignCommand;
import io.voicecampaign.application.port.in.task.LaunchCampaignUseCase;
import io.voicecampaign.application.port.out.GroupCallGateway;
import io.voicecampaign.application.port.out.Sleeper;
import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.shared.Violation;
import io.voicecampaign.domain.task.TaskId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Objects;

/**
 * Launches an AI-agent campaign. A scheduled send time that has already passed (by the injected
 * clock) is refused before anything is sent, since the platform's handling of it is undocumented;
 * otherwise the task is created exactly once, a create with an unknown outcome settled as
 * {@link ExactlyOnceCreate} describes, its waits made through the injected {@link Sleeper}.
 */
public final class LaunchCampaignService implements LaunchCampaignUseCase {

  private final Clock clock;
  private final ExactlyOnceCreate creates;

  /** A service launching through {@code gateway}, judging send times by {@code clock}, waiting through {@code sleeper}. */
  @Inject
  public LaunchCampaignService(GroupCallGateway gateway, Clock clock, Sleeper sleeper) {
    this.clock = Objects.requireNonNull(clock, "clock == null");
    this.creates = new ExactlyOnceCreate(Objects.requireNonNull(gateway, "gateway == null"), clock,
        Objects.requireNonNull(sleeper, "sleeper == null"));
  }

  @Override
  public Either<Failure, TaskId> launch(LaunchCampaignCommand command) {
    Objects.requireNonNull(command, "command == null");
    AgentCampaign campaign = command.campaign();
    Option<Violation> pastSendTime = campaign.sendTimeProblem(clock.instant());
    if (pastSendTime.isDefined()) {
      return Either.left(new Failure.InvalidInput(List.of(pastSendTime.get())));
    }
    return creates.create(campaign).mapLeft(Failure.Gateway::new);
  }
}
