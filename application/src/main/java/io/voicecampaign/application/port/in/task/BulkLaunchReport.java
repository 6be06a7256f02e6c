package io.voicecampaign.application.port.in.task;

import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.domain.task.TaskId;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * What became of each part of a bulk launch, in order.
 *
 * @param parts one entry per part
 */
public record BulkLaunchReport(Seq<BulkLaunchReport.Part> parts) {

  public BulkLaunchReport {
    Objects.requireNonNull(parts, "parts == null");
  }

  /** True when every part is launched. */
  public boolean complete() {
    return parts.forAll(part -> part instanceof Launched);
  }

  /** The ids of the parts launched, in order. */
  public Seq<TaskId> taskIds() {
    return parts.filter(part -> part instanceof Launched).map(part -> ((Launched) part).taskId());
  }

  /** One part: its place, its task name and the callees it holds ({@code firstCallee} is an index into the whole list). */
  public sealed interface Part {
    /** The part's index, from 0. */
    int index();

    /** The name its task has (or will have). */
    String taskName();

    /** The index in the whole list of the part's first callee. */
    long firstCallee();

    /** How many callees the part holds. */
    int callees();
  }

  /**
   * The part's task exists.
   *
   * @param resumed true when an earlier run had launched it and this run found it by its name
   */
  public record Launched(int index, String taskName, long firstCallee, int callees, TaskId taskId, boolean resumed) implements Part {}

  /** The platform refused the part, or whether it made the task stays unknown; the launch stopped there. */
  public record Refused(int index, String taskName, long firstCallee, int callees, Failure failure) implements Part {}

  /** The part was not sent: the launch stopped before it, for the reason given. */
  public record NotLaunched(int index, String taskName, long firstCallee, int callees, String why) implements Part {}
}
