package io.voicecampaign.application.service.task;

import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.application.port.in.task.BulkLaunchCommand;
import io.voicecampaign.application.port.in.task.BulkLaunchListener;
import io.voicecampaign.application.port.in.task.BulkLaunchProgress;
import io.voicecampaign.application.port.in.task.BulkLaunchReport;
import io.voicecampaign.application.port.in.task.BulkLaunchUseCase;
import io.voicecampaign.application.port.in.task.CalleeEntry;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.application.port.out.GroupCallGateway;
import io.voicecampaign.application.port.out.Sleeper;
import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.campaign.Callee;
import io.voicecampaign.domain.campaign.PhoneNumber;
import io.voicecampaign.domain.shared.InvalidValueException;
import io.voicecampaign.domain.shared.PlatformCode;
import io.voicecampaign.domain.shared.TimeRange;
import io.voicecampaign.domain.shared.Violation;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.domain.task.TaskName;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.Objects;

/**
 * Launches a campaign of any size as tasks of at most {@code partSize} callees.
 *
 * <ol>
 *   <li>Checks everything first, in one pass over the callees: each callee's rules, numbers unique
 *       across the whole list (a number in two parts would be dialled twice), the settings, and that
 *       the part names fit. Every violation is reported, callee paths with the index in the whole
 *       list; then nothing is sent.</li>
 *   <li>Launches the parts in order, one in memory at a time, each exactly once
 *       ({@link ExactlyOnceCreate}). A part answered -41 on its first create was launched by an earlier
 *       run: it is found by its exact name among the tasks of the last {@code resumeLookback} and
 *       counted as launched, so running the same launch again after a crash launches only the missing
 *       parts. A part answered -37 waits for running tasks to end, 30 s then doubling up to 10
 *       minutes, within {@code limitWait} in all.</li>
 *   <li>Stops at the first part refused or left unknown; the parts after it are not launched.</li>
 * </ol>
 */
public final class BulkLaunchService implements BulkLaunchUseCase {

  /** The first wait on the concurrent-task limit; each later one doubles. */
  static final Duration FIRST_LIMIT_PAUSE = Duration.ofSeconds(30);
  /** The longest wait on the concurrent-task limit. */
  static final Duration MAX_LIMIT_PAUSE = Duration.ofMinutes(10);
  /** How far after now a resumed part is looked for: room for a platform clock ahead of this one. */
  private static final Duration LOOKAHEAD = Duration.ofDays(1);

  private final ExactlyOnceCreate creates;
  private final TaskNameLookup lookup;
  private final Clock clock;
  private final Sleeper sleeper;

  /** A service launching through {@code gateway}, reading the time from {@code clock}, waiting through {@code sleeper}. */
  @Inject
  public BulkLaunchService(GroupCallGateway gateway, Clock clock, Sleeper sleeper) {
    Objects.requireNonNull(gateway, "gateway == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
    this.creates = new ExactlyOnceCreate(gateway, clock, sleeper);
    this.lookup = new TaskNameLookup(gateway);
  }

  @Override
  public Either<Failure, BulkLaunchReport> launch(BulkLaunchCommand command) {
    Objects.requireNonNull(command, "command == null");
    Either<Seq<Violation>, Long> checked = check(command);
    if (checked.isLeft()) {
      return Either.left(new Failure.InvalidInput(checked.getLeft()));
    }
    return Either.right(new Run(command, checked.get()).launchAll());
  }

  /** Every violation of the whole campaign, or the number of its callees. */
  private Either<Seq<Violation>, Long> check(BulkLaunchCommand command) {
    java.util.List<Violation> problems = new ArrayList<>();
    NumberIndex numbers = new NumberIndex();
    long index = 0;
    CalleeEntry first = null;
    for (CalleeEntry entry : command.callees()) {
      String path = "callees[" + index + "]";
      if (entry == null) {
        problems.add(Violation.of(path, null, "is required"));
      } else {
        first = first == null ? entry : first;
        calleeProblems(path, entry).forEach(problems::add);
        if (PhoneNumber.isValid(entry.number())) {
          long earlier = numbers.firstIndexOf(entry.number(), index);
          if (earlier >= 0) {
            problems.add(AgentCampaign.duplicateNumber(index, entry.number(), earlier));
          }
        }
      }
      index++;
    }
    if (index == 0) {
      problems.add(Violation.of("callees", "0 callees", "must hold at least " + AgentCampaign.MIN_CALLEES + " callee"));
    }
    PartNames names = new PartNames(command.name(), parts(index, command.partSize()));
    names.check().forEach(problems::add);
    if (first != null && names.check().isEmpty()) {
      settingsProblems(command, names.of(0), first).forEach(problems::add);
    }
    return problems.isEmpty() ? Either.right(index) : Either.left(List.ofAll(problems));
  }

  private static Seq<Violation> calleeProblems(String path, CalleeEntry entry) {
    try {
      Callee.of(entry.number(), entry.texts().toArray(String[]::new));
      return List.empty();
    } catch (InvalidValueException e) {
      return e.violations().map(v -> new Violation(path + v.path().substring("callee".length()), v.value(), v.rule()));
    }
  }

  /** The settings' own violations, checked on a probe task holding only the first callee. */
  private Seq<Violation> settingsProblems(BulkLaunchCommand command, String firstName, CalleeEntry firstCallee) {
    AgentCampaign.Builder probe = AgentCampaign.builder();
    command.settings().accept(probe);
    probe.taskName(firstName).addCallee(firstCallee.number(), firstCallee.texts().toArray(String[]::new));
    Validation<Seq<Violation>, AgentCampaign> built = probe.build();
    return built.isValid()
        ? List.ofAll(built.get().sendTimeProblem(clock.instant()))
        : built.getError().filter(v -> !v.path().startsWith("callees"));
  }

  private static int parts(long callees, int partSize) {
    return (int) Math.max(1, (callees + partSize - 1) / partSize);
  }

  /** One launch of the parts, from the first to the last or the first that does not go through. */
  private final class Run {
    private final BulkLaunchCommand command;
    private final long callees;
    private final int parts;
    private final PartNames names;
    private final java.util.List<BulkLaunchReport.Part> done = new ArrayList<>();
    private long covered;

    Run(BulkLaunchCommand command, long callees) {
      this.command = command;
      this.callees = callees;
      this.parts = parts(callees, command.partSize());
      this.names = new PartNames(command.name(), parts);
    }

    BulkLaunchReport launchAll() {
      Iterator<CalleeEntry> source = command.callees().iterator();
      String stopped = null;
      for (int part = 0; part < parts; part++) {
        long firstCallee = (long) part * command.partSize();
        int size = (int) Math.min(command.partSize(), callees - firstCallee);
        if (stopped != null) {
          done.add(new BulkLaunchReport.NotLaunched(part, names.of(part), firstCallee, size, stopped));
          continue;
        }
        BulkLaunchReport.Part outcome = launchPart(part, firstCallee, size, source);
        done.add(outcome);
        if (outcome instanceof BulkLaunchReport.Launched) {
          covered += size;
          tell(false);
        } else {
          stopped = outcome instanceof BulkLaunchReport.NotLaunched notLaunched ? notLaunched.why()
              : "the launch stopped at part " + part + " (" + names.of(part) + ")";
        }
      }
      return new BulkLaunchReport(List.ofAll(done));
    }

    private BulkLaunchReport.Part launchPart(int part, long firstCallee, int size, Iterator<CalleeEntry> source) {
      String name = names.of(part);
      AgentCampaign.Builder builder = AgentCampaign.builder();
      command.settings().accept(builder);
      builder.taskName(name).expectCallees(size);
      for (int i = 0; i < size && source.hasNext(); i++) {
        CalleeEntry entry = source.next();
        builder.addCallee(entry.number(), entry.texts().toArray(String[]::new));
      }
      Validation<Seq<Violation>, AgentCampaign> built = builder.build();
      if (built.isInvalid()) {
        // the source gave other callees than when it was checked
        return new BulkLaunchReport.Refused(part, name, firstCallee, size, new Failure.InvalidInput(built.getError()));
      }
      Instant giveUp = clock.instant().plus(command.limitWait());
      Duration pause = FIRST_LIMIT_PAUSE;
      while (true) {
        Either<GatewayFailure, TaskId> sent = creates.create(built.get());
        if (sent.isRight()) {
          return new BulkLaunchReport.Launched(part, name, firstCallee, size, sent.get(), false);
        }
        GatewayFailure failure = sent.getLeft();
        if (isCode(failure, PlatformCode.TASK_NAME_EXISTS)) {
          return resumed(part, name, firstCallee, size, failure);
        }
        if (!isCode(failure, PlatformCode.CONCURRENT_TASK_LIMIT)) {
          return new BulkLaunchReport.Refused(part, name, firstCallee, size, new Failure.Gateway(failure));
        }
        if (clock.instant().plus(pause).isAfter(giveUp)) {
          return new BulkLaunchReport.NotLaunched(part, name, firstCallee, size, "the concurrent-task limit (-37) held for "
              + command.limitWait() + ": " + failure.message());
        }
        tell(true);
        sleeper.sleep(pause);
        if (Thread.currentThread().isInterrupted()) {
          return new BulkLaunchReport.NotLaunched(part, name, firstCallee, size, "the launch was interrupted");
        }
        pause = pause.multipliedBy(2).compareTo(MAX_LIMIT_PAUSE) > 0 ? MAX_LIMIT_PAUSE : pause.multipliedBy(2);
      }
    }

    /** A part whose name exists: an earlier run launched it, and it is found by that exact name. */
    private BulkLaunchReport.Part resumed(int part, String name, long firstCallee, int size, GatewayFailure nameTaken) {
      Instant now = clock.instant();
      Either<GatewayFailure, Option<TaskId>> found = lookup.find(TaskName.of(name),
          TimeRange.between(now.minus(command.resumeLookback()), now.plus(LOOKAHEAD)));
      if (found.isRight() && found.get().isDefined()) {
        return new BulkLaunchReport.Launched(part, name, firstCallee, size, found.get().get(), true);
      }
      GatewayFailure why = found.isLeft() ? found.getLeft() : nameTaken;
      return new BulkLaunchReport.Refused(part, name, firstCallee, size, new Failure.Gateway(why));
    }

    private void tell(boolean waiting) {
      int launched = (int) done.stream().filter(part -> part instanceof BulkLaunchReport.Launched).count();
      BulkLaunchListener listener = command.listener();
      try {
        listener.onProgress(new BulkLaunchProgress(launched, parts, covered, callees, waiting));
      } catch (RuntimeException ignored) {
        // a listener's failure is its own; the launch goes on
      }
    }
  }

  private static boolean isCode(GatewayFailure failure, PlatformCode code) {
    return failure instanceof GatewayFailure.Rejected rejected && rejected.code().equals(code);
  }
}
