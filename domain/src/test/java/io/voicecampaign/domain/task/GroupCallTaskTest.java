package io.voicecampaign.domain.task;

import static io.voicecampaign.domain.fixtures.TaskFixtures.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("GroupCallTask")
class GroupCallTaskTest {

  @ParameterizedTest(name = "status {0} is final")
  @ValueSource(ints = {2, 3, 4})
  @DisplayName("a finished, failed or cancelled task is final")
  void terminal(int status) {
    assertThat(task(TaskStatus.of(status)).isTerminal()).isTrue();
  }

  @ParameterizedTest(name = "status {0} is not final")
  @ValueSource(ints = {0, 1, 5, 6, 7})
  @DisplayName("a task of any other status may still change")
  void notTerminal(int status) {
    assertThat(task(TaskStatus.of(status)).isTerminal()).isFalse();
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
