package io.voicecampaign.application.port.in.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.voicecampaign.domain.task.TaskId;
import io.vavr.collection.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("CancelTasksCommand: one or more distinct tasks, refused when built with a missing id")
class CancelTasksCommandTest {

  @Test
  @DisplayName("a missing id is refused when the command is built, naming its position")
  void missingId() {
    assertThatNullPointerException().isThrownBy(() -> CancelTasksCommand.of(null)).withMessage("taskIds[0] == null");
    assertThatNullPointerException().isThrownBy(() -> CancelTasksCommand.of(TaskId.of(7), TaskId.of(8), null))
        .withMessage("taskIds[2] == null");
    assertThatNullPointerException().isThrownBy(() -> CancelTasksCommand.of(TaskId.of(7), (TaskId[]) null))
        .withMessage("more == null");
  }

  @Test
  @DisplayName("no id is refused; repeated ids are cancelled once")
  void emptyAndRepeated() {
    assertThatIllegalArgumentException().isThrownBy(() -> new CancelTasksCommand(List.empty()));
    assertThat(CancelTasksCommand.of(TaskId.of(7), TaskId.of(7)).taskIds()).containsExactly(TaskId.of(7));
  }
}
