package io.voicecampaign.adapter.fake.platform;

import io.voicecampaign.adapter.fake.outcome.CallOutcome;
import io.voicecampaign.adapter.fake.outcome.CallOutcomeModel;
import io.voicecampaign.domain.campaign.Callee;
import io.voicecampaign.domain.recall.RecallNodeId;
import io.voicecampaign.domain.shared.AgentId;
import io.voicecampaign.domain.task.GroupCallTask;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.domain.task.TaskStatus;
import io.voicecampaign.domain.task.TaskType;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * One simulated task, mutable, guarded by the platform's lock. Calls are placed at a steady pace
 * inside the task's calling time; their outcomes are drawn lazily, in callee order, from the task's
 * own seeded generator, so what a task dials does not depend on when anyone looks at it.
 */
final class TaskState {

  private static final long MINUTE = 60_000L;

  final TaskId id;
  final String name;
  /** The name in lower case, for the list's fuzzy search. */
  final String searchName;
  final long createdMillis;
  final int appIndex;
  final AgentId agent;
  final Callee[] callees;
  final int attempt;
  final CallingCalendar calendar;
  final Campaign campaign;
  /** The flow this task starts (a launched task with a plan) or runs an attempt of (a recall child). */
  FlowState flow;
  /** The node this task runs, for a recall child. */
  final RecallNodeId node;

  TaskStatus status = TaskStatus.WAITING_TO_SUBMIT;
  /** When the first call may be placed; set when the task is accepted. */
  long callStart;
  /** When the last call ends; set when calling starts. */
  long finishAt;
  /** Calls made when the task was cancelled (or all of them once it finished). */
  int frozenCalls = -1;
  /** How far the task's calls have been reported. */
  final ReportCursor reports = new ReportCursor();

  private final CallOutcomeModel model;
  private final SplittableRandom random;
  private final long callsPerMinute;
  private final CallOutcome[] outcomes;
  private int drawn;
  private long success;
  private long fail;

  TaskState(TaskId id, String name, long createdMillis, int appIndex, AgentId agent, Callee[] callees, int attempt,
      Campaign campaign, RecallNodeId node, CallOutcomeModel model, long seed, int baseCallsPerMinute) {
    this.id = id;
    this.name = name;
    this.searchName = name.toLowerCase(java.util.Locale.ROOT);
    this.createdMillis = createdMillis;
    this.appIndex = appIndex;
    this.agent = agent;
    this.callees = callees;
    this.attempt = attempt;
    this.campaign = campaign;
    this.calendar = campaign.calendar();
    this.node = node;
    this.model = model;
    this.random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + id.value());
    this.callsPerMinute = Math.min((long) baseCallsPerMinute * campaign.calloutRate(), 1_000L * PlatformOptions.MAX_CALLS_PER_MINUTE);
    this.outcomes = new CallOutcome[callees.length];
  }

  int size() {
    return callees.length;
  }

  /** Milliseconds of calling time the whole task needs. */
  long activeNeeded() {
    return ceilDiv(callees.length * MINUTE, callsPerMinute);
  }

  /** How many calls have been placed by {@code now}. */
  int callsAt(long now) {
    if (frozenCalls >= 0) {
      return frozenCalls;
    }
    if (!status.equals(TaskStatus.CALLING)) {
      return 0;
    }
    if (now >= finishAt) {
      return callees.length;
    }
    long active = calendar.activeBetween(callStart, now);
    return (int) Math.min(callees.length, active * callsPerMinute / MINUTE);
  }

  /** When call {@code i} was placed: once the calling time for {@code i + 1} calls had passed. */
  long placedAt(int i) {
    return calendar.afterActive(callStart, ceilDiv((i + 1L) * MINUTE, callsPerMinute));
  }

  /** Draws the outcomes of every call up to {@code calls}, once each, in order. */
  void drawUpTo(int calls) {
    for (int i = drawn; i < calls; i++) {
      CallOutcome outcome = model.outcome(callees[i], attempt, random);
      outcomes[i] = outcome;
      if (outcome.isSuccess()) {
        success++;
      } else {
        fail++;
      }
    }
    if (calls > drawn) {
      drawn = calls;
    }
  }

  /** Stops the task's calls with what was placed by {@code now}. */
  void freeze(long now, TaskStatus next) {
    int calls = callsAt(now);
    drawUpTo(calls);
    frozenCalls = calls;
    status = next;
  }

  /** The outcome of call {@code i}, drawn already. */
  CallOutcome outcome(int i) {
    return outcomes[i];
  }

  int drawn() {
    return drawn;
  }

  /** The task as the list reports it at {@code now}. */
  GroupCallTask report(long now) {
    int calls = callsAt(now);
    drawUpTo(calls);
    String progress = callees.length == 0 ? "100" : Long.toString(calls * 100L / callees.length);
    return new GroupCallTask(id, name, status, Option.some(TaskType.AI_AGENT), progress, callees.length, calls, success,
        fail, Option.some(Instant.ofEpochMilli(createdMillis)), Option.some(agent));
  }

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }
}
