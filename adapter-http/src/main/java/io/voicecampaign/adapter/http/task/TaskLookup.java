package io.voicecampaign.adapter.http.task;

import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.domain.task.TaskId;
import java.util.Objects;

/** What looking a task up by its unique name found. */
sealed interface TaskLookup {

  /** The platform lists a task with exactly this name. */
  record Found(TaskId id) implements TaskLookup {
    public Found {
      Objects.requireNonNull(id, "id == null");
    }
  }

  /** The platform's list, read to its end, holds no task with this name. */
  record Absent() implements TaskLookup {}

  /** The list could not be read to the end: nothing is proven. */
  record Failed(GatewayFailure failure) implements TaskLookup {
    public Failed {
      Objects.requireNonNull(failure, "failure == null");
    }
  }
}
