package io.voicecampaign.adapter.http.task;

import io.voicecampaign.adapter.http.core.Outcome;
import io.voicecampaign.adapter.http.core.PlatformCall;
import io.voicecampaign.adapter.http.core.PlatformExchange;
import io.voicecampaign.adapter.http.core.RetryBudget;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.shared.Page;
import io.voicecampaign.domain.shared.PlatformCode;
import io.voicecampaign.domain.shared.TimeRange;
import io.voicecampaign.domain.task.GroupCallTask;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.domain.task.TaskQuery;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

/**
 * Creates a campaign's task exactly once. A create is never re-sent blindly:
 *
 * <ul>
 *   <li>when the platform certainly did not act (not sent, HTTP 429/408, -16), it is sent again within
 *       the retry budget (-16 after learning the platform's clock, once);</li>
 *   <li>when the outcome is unknown (timeout or reset after sending, HTTP 5xx, -18, an unreadable
 *       success), the task is looked up by its unique name: found, its id is returned; provably absent,
 *       the create is sent again within the budget; the lookup failing, the outcome stays unknown;</li>
 *   <li>a -41 (name exists) or -20 (data exists) after an unknown outcome means the earlier attempt
 *       created it: it is looked up and returned.</li>
 * </ul>
 */
final class ExactlyOnceLaunch {

  /**
   * Margin around the launch's start when looking a task up by creation time. Generous, because the
   * platform stamps creation with its own clock, which may stand well apart from this machine's; the
   * exact-name match, not the range, decides.
   */
  static final Duration LOOKUP_MARGIN = Duration.ofDays(1);
  /** Pages of fuzzy name matches read at most when looking a task up. */
  static final int LOOKUP_PAGES = 20;
  private static final int LOOKUP_PAGE_SIZE = 100;

  private final PlatformExchange exchange;
  private final Clock clock;
  private final Function<AgentCampaign, PlatformCall> creates;
  private final Function<TaskQuery, Either<GatewayFailure, Page<GroupCallTask>>> queries;

  ExactlyOnceLaunch(PlatformExchange exchange, Clock clock, Function<AgentCampaign, PlatformCall> creates,
      Function<TaskQuery, Either<GatewayFailure, Page<GroupCallTask>>> queries) {
    this.exchange = exchange;
    this.clock = clock;
    this.creates = creates;
    this.queries = queries;
  }

  Either<GatewayFailure, TaskId> launch(AgentCampaign campaign) {
    Instant started = clock.instant();
    RetryBudget budget = exchange.budget();
    boolean clockCorrected = false;
    boolean mayAlreadyExist = false;
    while (true) {
      Outcome outcome = exchange.attempt(creates.apply(campaign), Long.class);
      if (outcome instanceof Outcome.Accepted accepted) {
        Either<GatewayFailure, TaskId> id = exchange.decode(accepted.envelope(), Long.class, TaskId::of);
        return id.isRight() ? id : afterUnreadableSuccess(campaign, started, id.getLeft());
      }
      Outcome.Failed failed = (Outcome.Failed) outcome;
      if (failed.clockSkew()) {
        if (clockCorrected) {
          return Either.left(exchange.skewAfterCorrection(failed));
        }
        exchange.correctClock(failed.serverDate());
        clockCorrected = true;
        continue;
      }
      switch (failed.delivery()) {
        case NOT_SENT:
        case NOT_PROCESSED:
          if (failed.passing() && budget.retry(failed.retryAfter())) {
            continue;
          }
          return Either.left(failed.failure());
        case REFUSED:
          if (mayAlreadyExist && saysNameExists(failed.failure())) {
            return afterNameExists(campaign, started, failed.failure());
          }
          return Either.left(failed.failure());
        default:
          mayAlreadyExist = true;
          TaskLookup lookup = find(campaign, started);
          if (lookup instanceof TaskLookup.Found found) {
            return Either.right(found.id());
          }
          if (lookup instanceof TaskLookup.Failed notRead) {
            return Either.left(new GatewayFailure.OutcomeUnknown(failed.failure().message()
                + "; looking the task up by its name failed too: " + notRead.failure().message()));
          }
          if (budget.retry(failed.retryAfter())) {
            continue;
          }
          // the platform provably has no such task: the create failed, and may be retried by the caller
          return Either.left(failed.failure());
      }
    }
  }

  private Either<GatewayFailure, TaskId> afterUnreadableSuccess(AgentCampaign campaign, Instant started, GatewayFailure unreadable) {
    TaskLookup lookup = find(campaign, started);
    if (lookup instanceof TaskLookup.Found found) {
      return Either.right(found.id());
    }
    String why = lookup instanceof TaskLookup.Failed notRead
        ? "looking it up by its name failed: " + notRead.failure().message()
        : "no task with its name is listed yet";
    return Either.left(new GatewayFailure.OutcomeUnknown("the platform accepted the task but its id could not be read ("
        + unreadable.message() + "); " + why));
  }

  private Either<GatewayFailure, TaskId> afterNameExists(AgentCampaign campaign, Instant started, GatewayFailure refusal) {
    TaskLookup lookup = find(campaign, started);
    if (lookup instanceof TaskLookup.Found found) {
      return Either.right(found.id());
    }
    String why = lookup instanceof TaskLookup.Failed notRead
        ? "looking it up failed: " + notRead.failure().message()
        : "no task with the name was created since the launch began";
    return Either.left(new GatewayFailure.OutcomeUnknown("after an unknown outcome the platform refused the re-sent create ("
        + refusal.message() + "); " + why));
  }

  private static boolean saysNameExists(GatewayFailure failure) {
    return failure instanceof GatewayFailure.Rejected rejected
        && (rejected.code().equals(PlatformCode.TASK_NAME_EXISTS) || rejected.code().equals(PlatformCode.DATA_EXISTS));
  }

  /** Looks the campaign's task up by exact name among the tasks created around this launch. */
  TaskLookup find(AgentCampaign campaign, Instant started) {
    String name = campaign.taskName().value();
    TimeRange around = TimeRange.between(started.minus(LOOKUP_MARGIN), clock.instant().plus(LOOKUP_MARGIN));
    TaskQuery query = TaskQuery.within(around, LOOKUP_PAGE_SIZE).withSearch(name);
    for (int page = 0; page < LOOKUP_PAGES; page++) {
      Either<GatewayFailure, Page<GroupCallTask>> listed = queries.apply(query);
      if (listed.isLeft()) {
        return new TaskLookup.Failed(listed.getLeft());
      }
      Seq<GroupCallTask> named = listed.get().records().filter(task -> task.name().equals(name));
      if (!named.isEmpty()) {
        return new TaskLookup.Found(named.maxBy(task -> task.id().value()).get().id());
      }
      if (!listed.get().hasNext()) {
        return new TaskLookup.Absent();
      }
      query = query.withPage(query.page().next());
    }
    return new TaskLookup.Failed(new GatewayFailure.OutcomeUnknown(
        "more than " + LOOKUP_PAGES * LOOKUP_PAGE_SIZE + " tasks match the name '" + name + "' loosely"));
  }
}
