package io.voicecampaign.domain.task;

import static io.voicecampaign.domain.fixtures.TaskFixtures.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.voicecampaign.domain.fixtures.TaskFixtures;
import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("GroupCallTask")
class GroupCallTaskTest {

  @ParameterizedTest(name = "status {0} may be recalled")
  @ValueSource(ints = {2, 4})
  @DisplayName("a finished or cancelled task may be recalled")
  void recallable(int status) {
    GroupCallTask task = task(TaskStatus.of(status));

    assertThat(task.checkRecallable().isRight()).isTrue();
    assertThat(task.checkRecallable().get()).isSameAs(task);
  }

  @ParameterizedTest(name = "status {0} may not be recalled")
  @ValueSource(ints = {0, 1, 3, 5, 6, 7})
  @DisplayName("any other status is refused before anything is sent, as the platform would with -42")
  void notRecallable(int status) {
    TaskRejection rejection = task(TaskStatus.of(status)).checkRecallable().getLeft();

    assertThat(rejection.taskId()).isEqualTo(TaskFixtures.TASK_ID);
    assertThat(rejection.status()).isEqualTo(TaskStatus.of(status));
    assertThat(rejection.message())
        .isEqualTo("task 5000602 is " + TaskStatus.of(status) + ": recall is allowed only when the task is cancelled or finished");
  }

  @Test
  @DisplayName("remaining calls are numbers minus called, never negative")
  void remaining() {
    assertThat(task(TaskStatus.CALLING, 10, 3, 2).remaining()).isEqualTo(5);
    GroupCallTask overCalled = new GroupCallTask(TaskId.of(1), "n", TaskStatus.FINISHED, Option.none(), "", 2, 3, 3, 0,
        Option.none(), Option.none());
    assertThat(overCalled.remaining()).isZero();
    assertThat(overCalled.isTerminal()).isTrue();
  }

  @Test
  @DisplayName("every part is required, optional parts as Option")
  void required() {
    assertThatNullPointerException().isThrownBy(() -> new GroupCallTask(TaskId.of(1), "n", null, Option.none(), "", 0, 0, 0, 0,
        Option.none(), Option.none())).withMessage("status == null");
  }

  @Test
  @DisplayName("a task id is positive")
  void taskId() {
    assertThat(TaskId.of(5000602)).hasToString("5000602");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> TaskId.of(0))
        .hasMessageContaining("taskId").hasMessageContaining("must be a positive id");
  }
}
