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
 * @param priceList           what the call reports charge (default {@link PriceList#defaults()})
 * @param reportBatchInterval how often a calling task's call reports are released: on every whole
 *                            multiple of it in virtual time (default 1 minute)
 * @param reportBatchSize     the most reports one batch holds (default 100)
 */
public record PlatformOptions(
    ZoneId zone,
    int concurrentTaskLimit,
    int callsPerMinute,
    Duration submitDelay,
    CallOutcomeModel outcomeModel,
    Set<AppId> knownApps,
    Set<AgentId> knownAgents,
    PriceList priceList,
    Duration reportBatchInterval,
    int reportBatchSize) {

  /** The zone every page of the platform points to: UTC+8. */
  public static final ZoneId DEFAULT_ZONE = ZoneOffset.ofHours(8);
  /** Calls per minute at a callout rate of 1, by default. */
  public static final int DEFAULT_CALLS_PER_MINUTE = 60;
  /** The fastest pace the simulator accepts, calls per minute. */
  public static final int MAX_CALLS_PER_MINUTE = 1_000_000;
  /** How long a launched task waits before calling, by default. */
  public static final Duration DEFAULT_SUBMIT_DELAY = Duration.ofSeconds(30);
  /** How often call reports are released, by default. */
  public static final Duration DEFAULT_REPORT_BATCH_INTERVAL = Duration.ofMinutes(1);
  /** The most reports in one batch, by default. */
  public static final int DEFAULT_REPORT_BATCH_SIZE = 100;

  public PlatformOptions {
    Objects.requireNonNull(zone, "zone == null");
    Objects.requireNonNull(submitDelay, "submitDelay == null");
    Objects.requireNonNull(outcomeModel, "outcomeModel == null");
    Objects.requireNonNull(knownApps, "knownApps == null");
    Objects.requireNonNull(knownAgents, "knownAgents == null");
    Objects.requireNonNull(priceList, "priceList == null");
    Objects.requireNonNull(reportBatchInterval, "reportBatchInterval == null");
    if (concurrentTaskLimit < 1) {
      throw new IllegalArgumentException("concurrentTaskLimit must be at least 1: " + concurrentTaskLimit);
    }
    if (callsPerMinute < 1 || callsPerMinute > MAX_CALLS_PER_MINUTE) {
      throw new IllegalArgumentException("callsPerMinute must be 1-" + MAX_CALLS_PER_MINUTE + ": " + callsPerMinute);
    }
    if (submitDelay.isNegative()) {
      throw new IllegalArgumentException("submitDelay must not be negative: " + submitDelay);
    }
    if (reportBatchInterval.toMillis() < 1) {
      throw new IllegalArgumentException("reportBatchInterval must be at least 1 ms: " + reportBatchInterval);
    }
    if (reportBatchSize < 1) {
      throw new IllegalArgumentException("reportBatchSize must be at least 1: " + reportBatchSize);
    }
  }

  /** The defaults described on each component. */
  public static PlatformOptions defaults() {
    return new PlatformOptions(DEFAULT_ZONE, Integer.MAX_VALUE, DEFAULT_CALLS_PER_MINUTE, DEFAULT_SUBMIT_DELAY,
        WeightedCallOutcomeModel.standard(), HashSet.empty(), HashSet.empty(), PriceList.defaults(),
        DEFAULT_REPORT_BATCH_INTERVAL, DEFAULT_REPORT_BATCH_SIZE);
  }

  /** A copy with the platform's zone {@code value}. */
  public PlatformOptions withZone(ZoneId value) {
    return new PlatformOptions(value, concurrentTaskLimit, callsPerMinute, submitDelay, outcomeModel, knownApps, knownAgents, priceList,
        reportBatchInterval, reportBatchSize);
  }

  /** A copy with the concurrent-task limit {@code value}. */
  public PlatformOptions withConcurrentTaskLimit(int value) {
    return new PlatformOptions(zone, value, callsPerMinute, submitDelay, outcomeModel, knownApps, knownAgents, priceList,
        reportBatchInterval, reportBatchSize);
  }

  /** A copy placing {@code value} calls per minute at a callout rate of 1. */
  public PlatformOptions withCallsPerMinute(int value) {
    return new PlatformOptions(zone, concurrentTaskLimit, value, submitDelay, outcomeModel, knownApps, knownAgents, priceList,
        reportBatchInterval, reportBatchSize);
  }

  /** A copy in which launched tasks wait {@code value} before calling. */
  public PlatformOptions withSubmitDelay(Duration value) {
    return new PlatformOptions(zone, concurrentTaskLimit, callsPerMinute, value, outcomeModel, knownApps, knownAgents, priceList,
        reportBatchInterval, reportBatchSize);
  }

  /** A copy deciding calls with {@code value}. */
  public PlatformOptions withOutcomeModel(CallOutcomeModel value) {
    return new PlatformOptions(zone, concurrentTaskLimit, callsPerMinute, submitDelay, value, knownApps, knownAgents, priceList,
        reportBatchInterval, reportBatchSize);
  }

  /** A copy accepting only these applications. */
  public PlatformOptions withKnownApps(AppId first, AppId... more) {
    return new PlatformOptions(zone, concurrentTaskLimit, callsPerMinute, submitDelay, outcomeModel,
        HashSet.of(more).add(first), knownAgents, priceList, reportBatchInterval, reportBatchSize);
  }

  /** A copy accepting only these agents. */
  public PlatformOptions withKnownAgents(AgentId first, AgentId... more) {
    return new PlatformOptions(zone, concurrentTaskLimit, callsPerMinute, submitDelay, outcomeModel, knownApps,
        HashSet.of(more).add(first), priceList, reportBatchInterval, reportBatchSize);
  }

  /** A copy charging by {@code value} in its call reports. */
  public PlatformOptions withPriceList(PriceList value) {
    return new PlatformOptions(zone, concurrentTaskLimit, callsPerMinute, submitDelay, outcomeModel, knownApps, knownAgents,
        value, reportBatchInterval, reportBatchSize);
  }

  /** A copy releasing a calling task's call reports every {@code value} of virtual time. */
  public PlatformOptions withReportBatchInterval(Duration value) {
    return new PlatformOptions(zone, concurrentTaskLimit, callsPerMinute, submitDelay, outcomeModel, knownApps, knownAgents,
        priceList, value, reportBatchSize);
  }

  /** A copy releasing at most {@code value} call reports in one batch. */
  public PlatformOptions withReportBatchSize(int value) {
    return new PlatformOptions(zone, concurrentTaskLimit, callsPerMinute, submitDelay, outcomeModel, knownApps, knownAgents,
        priceList, reportBatchInterval, value);
  }
}
