package io.voicecampaign.domain.task;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("TaskStatus and TaskType")
class TaskStatusTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
      "0, WAITING_TO_SUBMIT, false",
      "1, CALLING,           false",
      "2, FINISHED,          true",
      "3, SUBMIT_FAILED,     true",
      "4, CANCELLED,         true",
      "5, PAUSED,            false",
      "6, SUBMITTING,        false",
  })
  @DisplayName("every documented status has its name and finality")
  void documented(int code, String name, boolean terminal) {
    TaskStatus status = TaskStatus.of(code);

    assertThat(status.isKnown()).isTrue();
    assertThat(status.name()).isEqualTo(name);
    assertThat(status).hasToString(name);
    assertThat(status.isTerminal()).isEqualTo(terminal);
  }

  @Test
  @DisplayName("the constants and the documented list are 0-6 in order")
  void constants() {
    assertThat(TaskStatus.documented()).containsExactly(TaskStatus.WAITING_TO_SUBMIT, TaskStatus.CALLING, TaskStatus.FINISHED,
        TaskStatus.SUBMIT_FAILED, TaskStatus.CANCELLED, TaskStatus.PAUSED, TaskStatus.SUBMITTING);
  }

  @ParameterizedTest(name = "{0} is unknown({0})")
  @ValueSource(ints = {7, -1, 99})
  @DisplayName("an undocumented status is kept as unknown(n), not final")
  void unknownStatus(int code) {
    TaskStatus status = TaskStatus.of(code);

    assertThat(status.isKnown()).isFalse();
    assertThat(status.code()).isEqualTo(code);
    assertThat(status.name()).isEqualTo("UNKNOWN");
    assertThat(status).hasToString("unknown(" + code + ")");
    assertThat(status.isTerminal()).isFalse();
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({"1, ORDINARY", "2, AI_VOICE", "3, AI_AGENT"})
  @DisplayName("every documented task type has its name")
  void documentedType(int code, String name) {
    assertThat(TaskType.of(code).isKnown()).isTrue();
    assertThat(TaskType.of(code).name()).isEqualTo(name);
    assertThat(TaskType.of(code)).hasToString(name);
    assertThat(TaskType.documented()).contains(TaskType.of(code));
  }

  @ParameterizedTest(name = "{0} is unknown({0})")
  @ValueSource(ints = {0, 4, -3})
  @DisplayName("an undocumented task type is kept as unknown(n)")
  void unknownType(int code) {
    assertThat(TaskType.of(code).isKnown()).isFalse();
    assertThat(TaskType.of(code).name()).isEqualTo("UNKNOWN");
    assertThat(TaskType.of(code)).hasToString("unknown(" + code + ")");
    assertThat(TaskType.documented()).doesNotContain(TaskType.of(code)).hasSize(3);
  }

  @ParameterizedTest(name = "{0} may be cancelled: {1}")
  @CsvSource({
      "0, true", "1, true", "5, true", "6, true", "4, true", "9, true",
      "2, false", "3, false",
  })
  @DisplayName("a task may be cancelled until it ends; a cancelled one again changes nothing; a finished or failed one is refused")
  void cancel(int code, boolean allowed) {
    TaskStatus status = TaskStatus.of(code);

    if (allowed) {
      assertThat(status.cancel().get()).isEqualTo(TaskStatus.CANCELLED);
    } else {
      assertThat(status.cancel().getLeft()).contains(status.toString()).contains("only a task that has not ended may be cancelled");
    }
  }
}
