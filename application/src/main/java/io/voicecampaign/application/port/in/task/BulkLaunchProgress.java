package io.voicecampaign.application.port.in.task;

/**
 * How far a bulk launch has come.
 *
 * @param partsDone      parts launched (or found launched by an earlier run) so far
 * @param parts          parts in all
 * @param calleesCovered callees in the parts done
 * @param callees        callees in all
 * @param waitingOnLimit true while the launch waits for running tasks to end (the platform answered -37)
 */
public record BulkLaunchProgress(int partsDone, int parts, long calleesCovered, long callees, boolean waitingOnLimit) {

  /** One line a person can watch: "parts 2/5, 400,000 of 1,000,000 callees, waiting on the concurrent-task limit". */
  public String line() {
    return String.format("parts %d/%d, %,d of %,d callees%s", partsDone, parts, calleesCovered, callees,
        waitingOnLimit ? ", waiting on the concurrent-task limit" : "");
  }
}
