package io.voicecampaign.domain.campaign;

import io.voicecampaign.domain.recall.RecallPlan;
import io.voicecampaign.domain.shared.AgentId;
import io.voicecampaign.domain.shared.AppId;
import io.voicecampaign.domain.shared.InvalidValueException;
import io.voicecampaign.domain.shared.PlatformInstants;
import io.voicecampaign.domain.shared.Violation;
import io.voicecampaign.domain.task.TaskName;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Objects;

/**
 * An AI-agent group-call campaign: what a user launches ({@code send/agent}). One task dials up to
 * 200,000 callees; an AI agent talks to each; an optional recall plan redials them automatically.
 *
 * <p>Build one with {@link #builder()}; {@link Builder#build()} checks every rule and returns every
 * violation at once, each with its field path ({@code callees[1834].number}), value and rule.
 *
 * <p>Duplicate callee numbers are refused: the platform documents no de-duplication, so a duplicate
 * would be dialled twice or dropped without a word. Each duplicate is reported at its own index with
 * the index of its first occurrence.
 *
 * <p>The canonical constructor holds the same whole-campaign invariants (1-200,000 callees with
 * distinct numbers, at most three call windows) and throws {@link InvalidValueException} naming every
 * broken one. It gives a recall plan that names no agents the campaign's agent for every attempt, so
 * {@link #recallPlan()} always names the agent of each attempt: every transport sends it as it is.
 *
 * @param appId           the application ({@code appId})
 * @param agentId         the AI agent that talks to each callee ({@code agentId})
 * @param taskName        the task's unique name, 2-64 characters
 * @param displayNumber   the caller number shown, if any (0-20 digits)
 * @param callees         1-200,000 callees with distinct numbers
 * @param sendTime        when to start; absent means immediately
 * @param maxCallDuration the longest connected call (1-999 s, default 300)
 * @param maxRingingTime  the longest ringing (10-120 s, default 60)
 * @param recording       whether calls are recorded (default on)
 * @param calloutRate     the outbound call multiplier (default 1)
 * @param callWindows     up to three daily windows in which calls may be placed; empty means any time
 * @param recallPlan      the automatic recall, if any, with one agent per attempt (the campaign's agent
 *                        for each attempt when the plan named none)
 */
public record AgentCampaign(
    AppId appId,
    AgentId agentId,
    TaskName taskName,
    Option<DisplayNumber> displayNumber,
    Seq<Callee> callees,
    Option<Instant> sendTime,
    MaxCallDuration maxCallDuration,
    MaxRingingTime maxRingingTime,
    boolean recording,
    CalloutRate calloutRate,
    Seq<CallWindow> callWindows,
    Option<RecallPlan> recallPlan) {

  /** Fewest callees a campaign has. */
  public static final int MIN_CALLEES = 1;
  /** Most callees a campaign has ("20w" in the docs). */
  public static final int MAX_CALLEES = 200_000;

  public AgentCampaign {
    Objects.requireNonNull(appId, "appId == null");
    Objects.requireNonNull(agentId, "agentId == null");
    Objects.requireNonNull(taskName, "taskName == null");
    Objects.requireNonNull(displayNumber, "displayNumber == null");
    Objects.requireNonNull(callees, "callees == null");
    Objects.requireNonNull(sendTime, "sendTime == null");
    Objects.requireNonNull(maxCallDuration, "maxCallDuration == null");
    Objects.requireNonNull(maxRingingTime, "maxRingingTime == null");
    Objects.requireNonNull(calloutRate, "calloutRate == null");
    Objects.requireNonNull(callWindows, "callWindows == null");
    Objects.requireNonNull(recallPlan, "recallPlan == null");
    callees = CalleeList.of(callees);
    Seq<Violation> problems = invariants((CalleeList) callees, callWindows);
    if (!problems.isEmpty()) {
      throw new InvalidValueException(problems);
    }
    recallPlan = recallPlan.map(plan -> plan.withDefaultAgent(agentId));
  }

  /**
   * The whole-campaign rules. A list the builder made was checked for its size and distinct numbers as
   * it was built, callee by callee, so only the call windows are checked again for it.
   */
  private static Seq<Violation> invariants(CalleeList callees, Seq<CallWindow> callWindows) {
    java.util.List<Violation> problems = new ArrayList<>();
    int count = callees.size();
    boolean checked = callees.checkedByBuilder();
    if (!checked) {
      countProblem(count).forEach(problems::add);
    }
    windowCountProblem(callWindows.size()).forEach(problems::add);
    if (!checked) {
      DistinctNumbers seen = new DistinctNumbers(count, callees::number);
      for (int index = 0; index < count; index++) {
        String number = callees.number(index);
        int earlier = seen.firstIndexOf(number, index);
        if (earlier >= 0) {
          problems.add(duplicateNumber(index, number, earlier));
        }
      }
    }
    return List.ofAll(problems);
  }

  private static Option<Violation> countProblem(int count) {
    if (count < MIN_CALLEES) {
      return Option.some(Violation.of("callees", "0 callees", "must hold at least " + MIN_CALLEES + " callee"));
    }
    return count > MAX_CALLEES
        ? Option.some(Violation.of("callees", count + " callees", "must hold at most " + MAX_CALLEES + " callees"))
        : Option.none();
  }

  private static Option<Violation> windowCountProblem(int windows) {
    return windows > CallWindow.MAX_PER_CAMPAIGN
        ? Option.some(Violation.of("callWindows", windows + " windows", "must be at most " + CallWindow.MAX_PER_CAMPAIGN))
        : Option.none();
  }

  /** The violation of callee {@code index}, whose number repeats that of callee {@code first}: a campaign dials each number once. */
  public static Violation duplicateNumber(long index, String number, long first) {
    return Violation.of("callees[" + index + "].number", number, "must be unique: duplicate of callees[" + first + "].number");
  }

  /**
   * The violation when the send time has passed by {@code now}, the platform's time: it reads times to
   * the second, so a send time in the current second has not passed. Absent when there is no send time.
   */
  public Option<Violation> sendTimeProblem(Instant now) {
    Objects.requireNonNull(now, "now == null");
    Instant second = now.truncatedTo(ChronoUnit.SECONDS);
    return sendTime
        .filter(time -> time.isBefore(second))
        .map(time -> Violation.of("sendTime", time,
            "must not be in the past (it is now " + now + "); leave it unset to start immediately"));
  }

  /**
   * The callees as they are stored, with access for serializers that makes no {@link Callee} objects
   * and the sizes counted when they were checked; the same list as {@link #callees()}.
   */
  public CalleeList calleeList() {
    return (CalleeList) callees;
  }

  /** A builder that collects raw input; {@link Builder#build()} validates it all. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "AgentCampaign[taskName=" + taskName + ", appId=" + appId + ", agentId=" + agentId + ", callees="
        + callees.size() + ", sendTime=" + sendTime + ", recallPlan=" + recallPlan + "]";
  }

  /**
   * Collects a campaign's raw input. Not thread-safe; use one builder per campaign. Callees are kept
   * as given until {@link #build()}, which checks them in one pass and creates the validated list once.
   */
  public static final class Builder {
    private String appId;
    private Long agentId;
    private String taskName;
    private String displayNumber;
    private Instant sendTime;
    private int maxCallDurationSeconds = MaxCallDuration.DEFAULT.seconds();
    private int maxRingingSeconds = MaxRingingTime.DEFAULT.seconds();
    private boolean recording = true;
    private int calloutRate = CalloutRate.DEFAULT.multiplier();
    private final java.util.List<String[]> windows = new ArrayList<>();
    private RecallPlan.Builder recall;
    private final CalleeList.Appender callees = new CalleeList.Appender();

    private Builder() {}

    /** The application id (required). */
    public Builder appId(String value) {
      this.appId = value;
      return this;
    }

    /** The agent that talks to each callee (required). */
    public Builder agentId(long value) {
      this.agentId = value;
      return this;
    }

    /** The task's unique name, 2-64 characters (required). */
    public Builder taskName(String value) {
      this.taskName = value;
      return this;
    }

    /** The caller number shown, 0-20 digits; not set leaves it to the platform. */
    public Builder displayNumber(String value) {
      this.displayNumber = value;
      return this;
    }

    /** When to start; not set (or {@code null}) means immediately. */
    public Builder sendTime(Instant value) {
      this.sendTime = value;
      return this;
    }

    /** The longest connected call, 1-999 seconds (default 300). */
    public Builder maxCallDurationSeconds(int value) {
      this.maxCallDurationSeconds = value;
      return this;
    }

    /** The longest ringing, 10-120 seconds (default 60). */
    public Builder maxRingingSeconds(int value) {
      this.maxRingingSeconds = value;
      return this;
    }

    /** Whether to record calls (default true). */
    public Builder recording(boolean value) {
      this.recording = value;
      return this;
    }

    /** The outbound call multiplier, at least 1 (default 1). */
    public Builder calloutRate(int value) {
      this.calloutRate = value;
      return this;
    }

    /** Adds a daily window {@code HH:mm}-{@code HH:mm}; at most three. */
    public Builder callWindow(String start, String end) {
      this.windows.add(new String[] {start, end});
      return this;
    }

    /** The automatic recall plan; its agents default to the campaign's agent. */
    public Builder recall(RecallPlan.Builder plan) {
      this.recall = plan;
      return this;
    }

    /** Adds a callee: its number and its texts as text1, text2, ... ({@code null} for an absent position). */
    public Builder addCallee(String number, String... calleeTexts) {
      callees.add(number, calleeTexts);
      return this;
    }

    /** Adds a callee without texts; the same as {@link #addCallee(String, String...)} with none. */
    public Builder addCallee(String number) {
      callees.add(number);
      return this;
    }

    /** Adds a callee with text1; the same as {@link #addCallee(String, String...)}, without an array. */
    public Builder addCallee(String number, String text1) {
      callees.add(number, text1);
      return this;
    }

    /** Adds a callee with text1 and text2; the same as {@link #addCallee(String, String...)}, without an array. */
    public Builder addCallee(String number, String text1, String text2) {
      callees.add(number, text1, text2);
      return this;
    }

    /** Adds an already validated callee. */
    public Builder addCallee(Callee callee) {
      callees.add(callee.number().digits(), callee.texts());
      return this;
    }

    /** Makes room for {@code count} more callees, to avoid regrowing for large campaigns. */
    public Builder expectCallees(int count) {
      callees.expect(count);
      return this;
    }

    /** The campaign, or every violation of every rule. */
    public Validation<Seq<Violation>, AgentCampaign> build() {
      java.util.List<Violation> problems = new ArrayList<>();
      Option<AppId> app = collect(problems, AppId.validate("appId", appId));
      Option<AgentId> agent = agentId == null
          ? collect(problems, Validation.invalid(Violation.of("agentId", null, "is required")))
          : collect(problems, AgentId.validate("agentId", agentId));
      Option<TaskName> name = collect(problems, TaskName.validate("taskName", taskName));
      Option<DisplayNumber> display = displayNumber == null
          ? Option.none()
          : collect(problems, DisplayNumber.validate("displayNumber", displayNumber));
      Option<MaxCallDuration> callDuration = collect(problems, MaxCallDuration.validate("maxCallDuration", maxCallDurationSeconds));
      Option<MaxRingingTime> ringing = collect(problems, MaxRingingTime.validate("maxRingingTime", maxRingingSeconds));
      Option<CalloutRate> rate = collect(problems, CalloutRate.validate("calloutRate", calloutRate));
      if (sendTime != null) {
        PlatformInstants.check("sendTime", sendTime).forEach(problems::add);
      }
      Seq<CallWindow> callWindows = windows(problems);
      Option<RecallPlan> plan = Option.none();
      if (recall != null) {
        Validation<Seq<Violation>, RecallPlan> checked = recall.build("recallPlan");
        if (checked.isInvalid()) {
          checked.getError().forEach(problems::add);
        } else {
          plan = Option.some(checked.get());
        }
      }
      Seq<Callee> callees = callees(problems);
      if (!problems.isEmpty()) {
        return Validation.invalid(List.ofAll(problems));
      }
      return Validation.valid(new AgentCampaign(app.get(), agent.get(), name.get(), display, callees,
          Option.of(sendTime), callDuration.get(), ringing.get(), recording, rate.get(), callWindows, plan));
    }

    private static <T> Option<T> collect(java.util.List<Violation> problems, Validation<Violation, T> checked) {
      if (checked.isInvalid()) {
        problems.add(checked.getError());
        return Option.none();
      }
      return Option.some(checked.get());
    }

    private Seq<CallWindow> windows(java.util.List<Violation> problems) {
      windowCountProblem(windows.size()).forEach(problems::add);
      List<CallWindow> valid = List.empty();
      for (int i = 0; i < windows.size(); i++) {
        String[] w = windows.get(i);
        Seq<Violation> broken = CallWindow.problems("callWindows[" + i + "]", w[0], w[1]);
        if (broken.isEmpty()) {
          valid = valid.append(CallWindow.of(w[0], w[1]));
        } else {
          broken.forEach(problems::add);
        }
      }
      return valid;
    }

    private Seq<Callee> callees(java.util.List<Violation> problems) {
      int count = callees.size();
      countProblem(count).forEach(problems::add);
      DistinctNumbers seen = new DistinctNumbers(count, callees::number);
      CalleeList.Tally tally = new CalleeList.Tally();
      boolean anyInvalid = false;
      int index = 0;
      for (CalleeList.Chunk chunk : callees.chunks()) {
        String[] texts = chunk.texts;
        for (int row = 0; row < chunk.size; row++, index++) {
          String number = chunk.numbers[row];
          int from = chunk.textFrom(row);
          int to = chunk.textEnds[row];
          boolean valid = Callee.isValid(number, texts, from, to, tally);
          // only well-formed numbers take part in the duplicate check: a malformed one is reported as such
          if (valid || PhoneNumber.isValid(number)) {
            int earlier = seen.firstIndexOf(number, index);
            if (earlier >= 0) {
              problems.add(duplicateNumber(index, number, earlier));
              valid = false;
            }
          }
          if (!valid) {
            anyInvalid = true;
            problems.addAll(Callee.check("callees[" + index + "]", number, Arrays.copyOfRange(texts, from, to)).asJava());
          }
        }
      }
      return anyInvalid ? List.empty() : callees.toList(tally, true);
    }
  }
}
