package io.voicecampaign.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.domain.recall.RecallStatus;
import io.voicecampaign.domain.recall.RecallType;
import io.voicecampaign.domain.task.TaskStatus;
import io.voicecampaign.domain.task.TaskType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Statuses and types offer a switch-able Known enum beside their raw code")
class KnownValuesTest {

  @Test
  @DisplayName("every documented value maps to the constant of its name, and back to its code")
  void documentedValues() {
    assertThat(TaskStatus.documented().map(status -> status.known().name()))
        .containsExactly("WAITING_TO_SUBMIT", "CALLING", "FINISHED", "SUBMIT_FAILED", "CANCELLED", "PAUSED", "SUBMITTING");
    assertThat(TaskStatus.documented().map(TaskStatus::code)).containsExactly(0, 1, 2, 3, 4, 5, 6);
    assertThat(RecallStatus.documented().map(status -> status.known().name()))
        .containsExactly("PENDING", "IN_PROGRESS", "COMPLETED", "CANCELLED", "EXECUTION_EXCEPTION");
    assertThat(TaskType.documented().map(TaskType::code)).containsExactly(1, 2, 3);
    assertThat(RecallType.documented().map(RecallType::code)).containsExactly(0, 1, 3);
    assertThat(RecallType.BY_INTENT.known()).isEqualTo(RecallType.Known.BY_INTENT);
    assertThat(TaskType.AI_AGENT.known()).isEqualTo(TaskType.Known.AI_AGENT);
  }

  @Test
  @DisplayName("an undocumented code is UNKNOWN_TO_SDK_VERSION and keeps its raw value")
  void undocumentedValues() {
    TaskStatus seven = TaskStatus.of(7);

    assertThat(seven.known()).isEqualTo(TaskStatus.Known.UNKNOWN_TO_SDK_VERSION);
    assertThat(seven.code()).isEqualTo(7);
    assertThat(seven).hasToString("unknown(7)");
    assertThat(RecallStatus.of(Integer.MIN_VALUE).known()).isEqualTo(RecallStatus.Known.UNKNOWN_TO_SDK_VERSION);
    assertThat(RecallType.of(2).known()).isEqualTo(RecallType.Known.UNKNOWN_TO_SDK_VERSION);
    assertThat(TaskType.of(0).isKnown()).isFalse();
  }

  @Test
  @DisplayName("a user's switch covers every known value and the unknown one")
  void switchable() {
    assertThat(describe(TaskStatus.CALLING)).isEqualTo("running");
    assertThat(describe(TaskStatus.CANCELLED)).isEqualTo("over");
    assertThat(describe(TaskStatus.of(42))).isEqualTo("unknown code 42");
  }

  private static String describe(TaskStatus status) {
    switch (status.known()) {
      case WAITING_TO_SUBMIT:
      case SUBMITTING:
      case CALLING:
      case PAUSED:
        return "running";
      case FINISHED:
      case SUBMIT_FAILED:
      case CANCELLED:
        return "over";
      case UNKNOWN_TO_SDK_VERSION:
      default:
        return "unknown code " + status.code();
    }
  }
}
