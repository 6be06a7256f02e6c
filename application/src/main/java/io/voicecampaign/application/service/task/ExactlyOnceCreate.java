package io.voicecampaign.application.service.task;

import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.application.port.out.GroupCallGateway;
import io.voicecampaign.application.port.out.Sleeper;
import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.shared.PlatformCode;
import io.voicecampaign.domain.shared.TimeRange;
import io.voicecampaign.domain.task.TaskId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Creates a campaign's task exactly once, and succeeds when the task was made. The platform refuses a
 * second task with the same name (-41), so the same create, re-sent under the same unique name, can
 * never make a second task:
 *
 * <ul>
 *   <li>when a create's outcome is unknown (the answer lost, timed out, {@code Unavailable} after
 *       sending, an answer without an envelope), the same create is sent again, up to
 *       {@link #MAX_CREATES} in all, {@link #FIRST_PAUSE} apart and doubling (longer when the platform
 *       asks, up to {@link #MAX_PAUSE});</li>
 *   <li>a -41 that follows one of these unknown attempts means that attempt made the task: its id is
 *       found by exact name ({@link TaskNameLookup}) among the tasks created from {@link #WINDOW_MARGIN} before the first
 *       attempt to as long after the latest, asked again every {@link #LOOKUP_PAUSE} for up to
 *       {@link #LOOKUP_PATIENCE}, since a platform may list a new task only seconds after making it;</li>
 *   <li>any other answer after an unknown attempt, and running out of attempts, is looked up the same
 *       way; a task found is the launch's, otherwise the outcome stays unknown
 *       ({@link GatewayFailure.OutcomeUnknown}), never a refusal the caller might answer by launching again;</li>
 *   <li>a -41 on the first attempt, with no unknown attempt before it, is the caller's name clash: a refusal.</li>
 * </ul>
 *
 * Every wait goes through the injected {@link Sleeper} and every time is read from the injected clock.
 */
final class ExactlyOnceCreate {

  /** Creates sent at most for one launch. */
  static final int MAX_CREATES = 4;
  /** Pause before the first re-send; doubled before each later one. */
  static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
  /** Longest pause before a re-send, whatever the platform's {@code Retry-After} says. */
  static final Duration MAX_PAUSE = Duration.ofSeconds(30);
  /**
   * How far the lookup's creation-time window reaches beyond the launch's attempts: room for the
   * platform's clock standing apart from this one and for its second-precision creation times, while
   * the exact name decides.
   */
  static final Duration WINDOW_MARGIN = Duration.ofMinutes(10);
  /** How long a task whose create had an unknown outcome is looked for. */
  static final Duration LOOKUP_PATIENCE = Duration.ofSeconds(30);
  /** Pause between two lookups. */
  static final Duration LOOKUP_PAUSE = Duration.ofSeconds(1);
  /** Lookups made at most: {@link #LOOKUP_PAUSE} apart, they span {@link #LOOKUP_PATIENCE}. */
  static final int LOOKUPS = (int) (LOOKUP_PATIENCE.toSeconds() / LOOKUP_PAUSE.toSeconds()) + 1;

  private final GroupCallGateway gateway;
  private final TaskNameLookup lookup;
  private final Clock clock;
  private final Sleeper sleeper;

  ExactlyOnceCreate(GroupCallGateway gateway, Clock clock, Sleeper sleeper) {
    this.gateway = gateway;
    this.lookup = new TaskNameLookup(gateway);
    this.clock = clock;
    this.sleeper = sleeper;
  }

  Either<GatewayFailure, TaskId> create(AgentCampaign campaign) {
    Instant first = clock.instant();
    GatewayFailure unknown = null;
    Duration pause = FIRST_PAUSE;
    for (int attempt = 1; ; attempt++) {
      Either<GatewayFailure, TaskId> sent = gateway.launch(campaign);
      if (sent.isRight()) {
        return sent;
      }
      GatewayFailure failure = sent.getLeft();
      if (!failure.mayHaveActed()) {
        return unknown == null ? sent : settle(campaign, first, attempt, unknown, failure);
      }
      unknown = failure;
      if (attempt == MAX_CREATES || !pause(longest(pause, failure))) {
        return settle(campaign, first, attempt, unknown, null);
      }
      pause = pause.multipliedBy(2);
    }
  }

  private static boolean isNameTaken(GatewayFailure failure) {
    return failure instanceof GatewayFailure.Rejected rejected && rejected.code().equals(PlatformCode.TASK_NAME_EXISTS);
  }

  private static Duration longest(Duration pause, GatewayFailure failure) {
    Duration asked = failure instanceof GatewayFailure.Unavailable unavailable
        ? unavailable.retryAfter().getOrElse(Duration.ZERO) : Duration.ZERO;
    Duration longer = asked.compareTo(pause) > 0 ? asked : pause;
    return longer.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : longer;
  }

  /**
   * After an unknown attempt: the task found by its name is the launch's; otherwise the outcome is
   * unknown. {@code last} is the answer that ended the attempts, null when they ran out.
   */
  private Either<GatewayFailure, TaskId> settle(AgentCampaign campaign, Instant first, int attempts,
      GatewayFailure unknown, GatewayFailure last) {
    GatewayFailure lookupFailure = null;
    for (int looked = 1; ; looked++) {
      TimeRange window = TimeRange.between(first.minus(WINDOW_MARGIN), clock.instant().plus(WINDOW_MARGIN));
      Either<GatewayFailure, Option<TaskId>> found = lookup.find(campaign.taskName(), window);
      if (found.isRight() && found.get().isDefined()) {
        return Either.right(found.get().get());
      }
      lookupFailure = found.isLeft() ? found.getLeft() : null;
      if (looked == LOOKUPS || !pause(LOOKUP_PAUSE)) {
        break;
      }
    }
    String ending = last == null ? "" : isNameTaken(last)
        ? "; the re-sent create was refused because the name exists (" + last.message() + "), so an earlier attempt made it"
        : "; the re-sent create was answered: " + last.message();
    String lookup = lookupFailure != null
        ? "looking the task up by its name failed: " + lookupFailure.message()
        : "no task named '" + campaign.taskName() + "' was listed within " + LOOKUP_PATIENCE.toSeconds() + " s";
    return Either.left(new GatewayFailure.OutcomeUnknown(attempts + " create(s) sent, the first with an unknown outcome ("
        + unknown.message() + ")" + ending + "; " + lookup + ". List the tasks before launching it again"));
  }

  /** Waits {@code duration}; false when the thread was interrupted. */
  private boolean pause(Duration duration) {
    if (Thread.currentThread().isInterrupted()) {
      return false;
    }
    sleeper.sleep(duration);
    return !Thread.currentThread().isInterrupted();
  }
}
