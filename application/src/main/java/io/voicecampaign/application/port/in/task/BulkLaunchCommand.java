package io.voicecampaign.application.port.in.task;

import io.voicecampaign.domain.campaign.AgentCampaign;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Launch one campaign of any size as several tasks.
 *
 * @param name           the campaign's name; part {@code i} of {@code n} is the task {@code name-iofn}
 *                       ({@code renewals-2of5}), within the platform's 64 characters
 * @param settings       everything of each part's task but its name and callees: application, agent,
 *                       recall plan, windows ... applied to a fresh builder per part
 * @param callees        the callees in order; iterated once to check them all and once to launch, so it
 *                       must give the same entries each time (a list, or a file read anew)
 * @param partSize       callees per task, 1-200,000
 * @param limitWait      how long to wait in all for running tasks to end while the platform answers -37
 * @param resumeLookback how far back a part found existing (-41) is looked for, to resume a launch
 * @param listener       hears the progress
 */
public record BulkLaunchCommand(String name, Consumer<AgentCampaign.Builder> settings, Iterable<CalleeEntry> callees,
    int partSize, Duration limitWait, Duration resumeLookback, BulkLaunchListener listener) {

  /** The default wait on the concurrent-task limit: six hours. */
  public static final Duration DEFAULT_LIMIT_WAIT = Duration.ofHours(6);
  /** The default lookback for parts an earlier run launched: seven days. */
  public static final Duration DEFAULT_RESUME_LOOKBACK = Duration.ofDays(7);

  public BulkLaunchCommand {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(settings, "settings == null");
    Objects.requireNonNull(callees, "callees == null");
    Objects.requireNonNull(limitWait, "limitWait == null");
    Objects.requireNonNull(resumeLookback, "resumeLookback == null");
    Objects.requireNonNull(listener, "listener == null");
    if (partSize < 1 || partSize > AgentCampaign.MAX_CALLEES) {
      throw new IllegalArgumentException("partSize must be 1-" + AgentCampaign.MAX_CALLEES + ": " + partSize);
    }
    if (limitWait.isNegative() || resumeLookback.isNegative()) {
      throw new IllegalArgumentException("limitWait and resumeLookback must not be negative");
    }
  }

  /** Parts of 200,000 callees, the default waits, no listener. */
  public static BulkLaunchCommand of(String name, Consumer<AgentCampaign.Builder> settings, Iterable<CalleeEntry> callees) {
    return new BulkLaunchCommand(name, settings, callees, AgentCampaign.MAX_CALLEES, DEFAULT_LIMIT_WAIT,
        DEFAULT_RESUME_LOOKBACK, BulkLaunchListener.NONE);
  }

  /** The same launch in parts of {@code size} callees. */
  public BulkLaunchCommand withPartSize(int size) {
    return new BulkLaunchCommand(name, settings, callees, size, limitWait, resumeLookback, listener);
  }

  /** The same launch waiting at most {@code wait} on the concurrent-task limit. */
  public BulkLaunchCommand withLimitWait(Duration wait) {
    return new BulkLaunchCommand(name, settings, callees, partSize, wait, resumeLookback, listener);
  }

  /** The same launch reporting its progress to {@code progress}. */
  public BulkLaunchCommand withListener(BulkLaunchListener progress) {
    return new BulkLaunchCommand(name, settings, callees, partSize, limitWait, resumeLookback, progress);
  }
}
