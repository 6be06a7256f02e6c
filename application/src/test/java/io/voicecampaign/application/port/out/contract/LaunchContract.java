package io.voicecampaign.application.port.out.contract;

import static io.voicecampaign.application.port.out.contract.ContractFixtures.around;
import static io.voicecampaign.application.port.out.contract.ContractFixtures.build;
import static io.voicecampaign.application.port.out.contract.ContractFixtures.campaign;
import static io.voicecampaign.application.port.out.contract.ContractFixtures.success;
import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.application.port.in.task.LaunchCampaignCommand;
import io.voicecampaign.application.port.in.task.LaunchCampaignUseCase;
import io.voicecampaign.application.port.out.GroupCallGateway;
import io.voicecampaign.application.service.task.LaunchCampaignService;
import io.voicecampaign.domain.shared.PageRequest;
import io.voicecampaign.domain.task.GroupCallTask;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.domain.task.TaskQuery;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The launch use case over a transport's gateway: a create whose outcome is unknown still makes
 * exactly one task, and the launch answers that task's id. Every wait of the use case moves the
 * platform's time, so a hundred trials take no real time.
 */
public abstract class LaunchContract {

  /** Trials of each fault. */
  protected static final int TRIALS = 100;

  /** A gateway to this test's platform. */
  protected abstract GroupCallGateway gateway();

  /** The control of this test's platform. */
  protected abstract PlatformControl control();

  private LaunchCampaignUseCase launches() {
    return new LaunchCampaignService(gateway(), control().clock(), control()::advance);
  }

  private Either<Failure, TaskId> launch(String name) {
    return launches().launch(new LaunchCampaignCommand(build(campaign(name, 3))));
  }

  private Seq<GroupCallTask> listedNamed(String name) {
    return success(gateway().queryTasks(TaskQuery.within(around(control().now()), PageRequest.MAX_SIZE).withSearch(name)))
        .records().filter(task -> task.name().equals(name));
  }

  @Test
  @DisplayName("The create's answer lost after the task was stored, the task listed only 3 s later: one task, and its id, in 100 trials")
  public void answerLostTaskListedLater() {
    control().setListingDelay(Duration.ofSeconds(3));
    for (int trial = 0; trial < TRIALS; trial++) {
      String name = "lost-answer-" + trial;
      control().loseNextCreateAnswer();

      Either<Failure, TaskId> launched = launch(name);

      control().advance(Duration.ofSeconds(3));
      Seq<GroupCallTask> named = listedNamed(name);
      assertThat(named).as("trial %d: tasks named %s", trial, name).hasSize(1);
      assertThat(launched).as("trial %d", trial).isEqualTo(Either.right(named.head().id()));
    }
  }

  @Test
  @DisplayName("The create answered unavailable (503, -18) before anything was stored: re-sent, one task, and its id, in 100 trials")
  public void unavailableThenResent() {
    for (int trial = 0; trial < TRIALS; trial++) {
      String name = "unavailable-" + trial;
      control().failNextCreateUnavailable();

      Either<Failure, TaskId> launched = launch(name);

      Seq<GroupCallTask> named = listedNamed(name);
      assertThat(named).as("trial %d: tasks named %s", trial, name).hasSize(1);
      assertThat(launched).as("trial %d", trial).isEqualTo(Either.right(named.head().id()));
    }
  }
}
