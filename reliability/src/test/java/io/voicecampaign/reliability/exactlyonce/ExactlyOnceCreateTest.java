package io.voicecampaign.reliability.exactlyonce;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.adapter.http.HttpVoiceCampaigns;
import io.voicecampaign.application.VoiceCampaigns;
import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.application.port.in.task.LaunchCampaignCommand;
import io.voicecampaign.application.port.out.Sleeper;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.reliability.support.ReliabilityFixtures;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A create whose answer is lost after the platform stored it yields that one task, never a second")
class ExactlyOnceCreateTest {

  static final int TRIALS = 100;

  @StartStop
  final MockWebServer server = ReliabilityFixtures.server();

  /** The launch's pauses between re-sends and lookups, taken at once. */
  private static final Sleeper NO_WAIT = duration -> { };

  private final TaskTablePlatform platform = new TaskTablePlatform(Clock.systemUTC());

  /** How the answer of a stored create is lost, in turn. */
  private enum Loss {
    /** The connection closes once the request is read: no answer at all. */
    DROPPED_AFTER_REQUEST,
    /** The answer's head arrives; the connection closes in the middle of its body. */
    CUT_MID_ANSWER,
    /** The server stores the task and never answers: the create read timeout expires. */
    STALLED_PAST_READ_TIMEOUT;

    MockResponse answer(long id) {
      return switch (this) {
        case DROPPED_AFTER_REQUEST -> new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
        case CUT_MID_ANSWER -> new MockResponse.Builder(TaskTablePlatform.created(id, " ".repeat(4_096)))
            .onResponseBody(new SocketEffect.CloseSocket()).build();
        case STALLED_PAST_READ_TIMEOUT -> new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build();
      };
    }

    static Loss forTrial(int trial) {
      // stalls cost a read timeout each: one trial in ten
      return trial % 10 == 9 ? STALLED_PAST_READ_TIMEOUT : trial % 2 == 0 ? DROPPED_AFTER_REQUEST : CUT_MID_ANSWER;
    }
  }

  @Test
  @DisplayName("100 trials, the connection lost after the platform stored the create: one task per trial, its id returned")
  void hundredLostAnswers() {
    server.setDispatcher(platform);
    VoiceCampaigns sdk = HttpVoiceCampaigns.create(ReliabilityFixtures.config(server)
        .createReadTimeout(Duration.ofMillis(300)).retryPolicy(ReliabilityFixtures.noWait(3)).sleeper(NO_WAIT).build(), Clock.systemUTC());
    Map<Loss, Integer> trialsByLoss = new TreeMap<>();
    long start = System.nanoTime();

    for (int trial = 0; trial < TRIALS; trial++) {
      String name = "exactly-once-" + trial;
      Loss loss = Loss.forTrial(trial);
      platform.deliverCreates(() -> loss::answer);

      Either<Failure, TaskId> launched = sdk.launchCampaign().launch(new LaunchCampaignCommand(ReliabilityFixtures.campaign(name)));

      assertThat(platform.tasksNamed(name)).as("trial %d (%s): tasks named %s", trial, loss, name).hasSize(1);
      assertThat(launched).as("trial %d (%s)", trial, loss).isEqualTo(Either.right(TaskId.of(platform.tasksNamed(name).get(0).id())));
      // the lost create and its re-send, refused -41; on a loaded machine a re-send may itself time out and be sent again
      assertThat(platform.createsNamed(name)).as("trial %d (%s): creates received", trial, loss).isBetween(2L, 4L);
      trialsByLoss.merge(loss, 1, Integer::sum);
    }

    System.out.printf("exactly-once: %d trials %s, %d tasks, %d creates, %d requests, %.1f s%n", TRIALS, trialsByLoss,
        platform.tasks().size(), platform.creates(), server.getRequestCount(), (System.nanoTime() - start) / 1e9);
    assertThat(platform.tasks()).hasSize(TRIALS);
    assertThat(platform.creates()).isBetween(2 * TRIALS, 4 * TRIALS);
    assertThat(server.getRequestCount()).as("at least two creates and one lookup per trial").isGreaterThanOrEqualTo(3 * TRIALS);
  }

  @Test
  @DisplayName("the control: when the lost create was not stored, the SDK sends it once more and the platform ends with one task")
  void lostBeforeStoring() {
    int[] seen = {0};
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        boolean create = request.getUrl().encodedPath().endsWith("/send/agent");
        if (create && seen[0]++ == 0) {
          // lost before the table saw it: answered 500 without storing anything
          return new MockResponse.Builder().code(500).body("<html>upstream error</html>").build();
        }
        return platform.dispatch(request);
      }
    });
    VoiceCampaigns sdk = HttpVoiceCampaigns.create(ReliabilityFixtures.config(server).sleeper(NO_WAIT).build(), Clock.systemUTC());

    Either<Failure, TaskId> launched = sdk.launchCampaign().launch(new LaunchCampaignCommand(ReliabilityFixtures.campaign("resent-once")));

    assertThat(platform.tasksNamed("resent-once")).hasSize(1);
    assertThat(launched).isEqualTo(Either.right(TaskId.of(platform.tasksNamed("resent-once").get(0).id())));
    assertThat(server.getRequestCount()).as("create, create again: the re-send made the task, nothing looked up").isEqualTo(2);
  }
}
