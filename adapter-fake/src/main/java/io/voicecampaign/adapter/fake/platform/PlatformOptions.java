package io.voicecampaign.adapter.fake.platform;

import io.voicecampaign.adapter.fake.outcome.CallOutcomeModel;
import io.voicecampaign.adapter.fake.outcome.WeightedCallOutcomeModel;
import io.voicecampaign.domain.shared.AgentId;
import io.voicecampaign.domain.shared.AppId;
import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * How the simulated platform behaves where the docs leave a number open. Immutable: every
 * {@code withX} returns a copy.
 *
 * @param zone                the platform's time zone: daily call windows are read in it (default +08:00)
 * @param concurrentTaskLimit how many tasks may be unfinished at once before a launch is refused
 *                            with -37 (default {@link Integer#MAX_VALUE}: no limit, since the docs give
 *                            no number); recall child tasks count but are never refused
 * @param callsPerMinute      how many calls a task places per minute at a callout rate of 1; the
 *                            callout rate multiplies it (default 60)
 * @param submitDelay         how long a launched task waits before it may start calling (default 30 s)
 * @param outcomeModel        how each call ends (default {@link WeightedCallOutcomeModel#standard()})
 * @param knownApps           the account's applications; a launch for another is refused with -22
 *                            (default empty: any application is accepted)
 * @param knownAgents         the account's agents; a launch naming another (for the task or a recall
 *                            node) is refused with -60, an edit with -22 (default empty: any agent)
 */
public record PlatformOptions(
    ZoneId zone,
    int concurrentTaskLimit,
    int callsPerMinute,
    Duration submitDelay,
    CallOutcomeModel outcomeModel,
    Set<AppId> knownApps,
    Set<AgentId> knownAgents) {

  /** The zone every page of the platform points to: UTC+8. */
  public static final ZoneId DEFAULT_ZONE = ZoneOffset.ofHours(8);
  /** Calls per minute at a callout rate of 1, by default. */
  public static final int DEFAULT_CALLS_PER_MINUTE = 60;
  /** The fastest pace the simulator accepts, calls per minute. */
  public static final int MAX_CALLS_PER_MINUTE = 1_000_000;
  /** How long a launched task waits before calling, by default. */
  public static final Duration DEFAULT_SUBMIT_DELAY = Duration.ofSeconds(30);

  public PlatformOptions {
    Objects.requireNonNull(zone, "zone == null");
    Objects.requireNonNull(submitDelay, "submitDelay == null");
    Objects.requireNonNull(outcomeModel, "outcomeModel == null");
    Objects.requireNonNull(knownApps, "knownApps == null");
    Objects.requireNonNull(knownAgents, "knownAgents == null");
    if (concurrentTaskLimit < 1) {
      throw new IllegalArgumentException("concurrentTaskLimit must be at least 1: " + concurrentTaskLimit);
    }
    if (callsPerMinute < 1 || callsPerMinute > MAX_CALLS_PER_MINUTE) {
      throw new IllegalArgumentException("callsPerMinute must be 1-" + MAX_CALLS_PER_MINUTE + ": " + callsPerMinute);
    }
    if (submitDelay.isNegative()) {
      throw new IllegalArgumentException("submitDelay must not be negative: " + submitDelay);
    }
  }

  /** The defaults described on each component. */
  public static PlatformOptions defaults() {
    return new PlatformOptions(DEFAULT_ZONE, Integer.MAX_VALUE, DEFAULT_CALLS_PER_MINUTE, DEFAULT_SUBMIT_DELAY,
        WeightedCallOutcomeModel.standard(), HashSet.empty(), HashSet.empty());
  }

  /** A copy with the platform's zone {@code value}. */
  public PlatformOptions withZone(ZoneId value) {
    return new PlatformOptions(value, concurrentTaskLimit, callsPerMinute, submitDelay, outcomeModel, knownApps, knownAgents);
  }

  /** A copy with the concurrent-task limit {@code value}. */
  public PlatformOptions withConcurrentTaskLimit(int value) {
    return new PlatformOptions(zone, value, callsPerMinute, submitDelay, outcomeModel, knownApps, knownAgents);
  }

  /** A copy placing {@code value} calls per minute at a callout rate of 1. */
  public PlatformOptions withCallsPerMinute(int value) {
    return new PlatformOptions(zone, concurrentTaskLimit, value, submitDelay, outcomeModel, knownApps, knownAgents);
  }

  /** A copy in which launched tasks wait {@code value} before calling. */
  public PlatformOptions withSubmitDelay(Duration value) {
    return new PlatformOptions(zone, concurrentTaskLimit, callsPerMinute, value, outcomeModel, knownApps, knownAgents);
  }

  /** A copy deciding calls with {@code value}. */
  public PlatformOptions withOutcomeModel(CallOutcomeModel value) {
    return new PlatformOptions(zone, concurrentTaskLimit, callsPerMinute, submitDelay, value, knownApps, knownAgents);
  }

  /** A copy accepting only these applications. */
  public PlatformOptions withKnownApps(AppId first, AppId... more) {
    return new PlatformOptions(zone, concurrentTaskLimit, callsPerMinute, submitDelay, outcomeModel,
        HashSet.of(more).add(first), knownAgents);
  }

  /** A copy accepting only these agents. */
  public PlatformOptions withKnownAgents(AgentId first, AgentId... more) {
    return new PlatformOptions(zone, concurrentTaskLimit, callsPerMinute, submitDelay, outcomeModel, knownApps,
        HashSet.of(more).add(first));
  }
}
