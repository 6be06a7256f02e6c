package io.voicecampaign.domain.task;

/**
 * Why a task rule refused an operation before anything was sent.
 *
 * @param taskId the task concerned
 * @param status the task's status when the rule was checked
 * @param reason what the rule requires
 */
public record TaskRejection(TaskId taskId, TaskStatus status, String reason) {

  /** A human-readable sentence naming the task, its status and the rule. */
  public String message() {
    return "task " + taskId + " is " + status + ": " + reason;
  }

  @Override
  public String toString() {
    return message();
  }
}
