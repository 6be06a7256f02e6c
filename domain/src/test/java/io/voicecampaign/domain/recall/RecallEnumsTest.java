package io.voicecampaign.domain.recall;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("RecallStatus and RecallType")
class RecallEnumsTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
      "0, PENDING,             false",
      "1, IN_PROGRESS,         false",
      "2, COMPLETED,           true",
      "3, CANCELLED,           true",
      "4, EXECUTION_EXCEPTION, true",
  })
  @DisplayName("every documented status has its name and finality")
  void documentedStatus(int code, String name, boolean terminal) {
    RecallStatus status = RecallStatus.of(code);

    assertThat(status.isKnown()).isTrue();
    assertThat(status.name()).isEqualTo(name);
    assertThat(status).hasToString(name);
    assertThat(status.isTerminal()).isEqualTo(terminal);
  }

  @Test
  @DisplayName("the documented statuses are 0-4 in order")
  void documentedList() {
    assertThat(RecallStatus.documented()).containsExactly(RecallStatus.PENDING, RecallStatus.IN_PROGRESS,
        RecallStatus.COMPLETED, RecallStatus.CANCELLED, RecallStatus.EXECUTION_EXCEPTION);
  }

  @ParameterizedTest(name = "{0} is unknown({0})")
  @ValueSource(ints = {5, 9, -1})
  @DisplayName("an undocumented status is kept as unknown(n), not final, and moves nowhere")
  void unknownStatus(int code) {
    RecallStatus status = RecallStatus.of(code);

    assertThat(status.isKnown()).isFalse();
    assertThat(status.name()).isEqualTo("UNKNOWN");
    assertThat(status).hasToString("unknown(" + code + ")");
    assertThat(status.isTerminal()).isFalse();
    assertThat(RecallStatus.documented()).noneMatch(status::canMoveTo);
  }

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @CsvSource({
      "0, 0, false", "0, 1, true",  "0, 2, false", "0, 3, true",  "0, 4, true",
      "1, 0, false", "1, 1, false", "1, 2, true",  "1, 3, true",  "1, 4, true",
      "2, 0, false", "2, 1, false", "2, 2, false", "2, 3, false", "2, 4, false",
      "3, 0, false", "3, 1, false", "3, 2, false", "3, 3, false", "3, 4, false",
      "4, 0, false", "4, 1, false", "4, 2, false", "4, 3, false", "4, 4, false",
      "0, 9, false", "1, 9, false",
  })
  @DisplayName("pending -> in progress -> completed; pending or in progress -> cancelled or execution exception; nothing else")
  void transitions(int from, int to, boolean allowed) {
    assertThat(RecallStatus.of(from).canMoveTo(RecallStatus.of(to))).isEqualTo(allowed);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({"0, ALL", "1, FAILED", "3, BY_INTENT"})
  @DisplayName("every documented recall type has its name")
  void documentedType(int code, String name) {
    RecallType type = RecallType.of(code);

    assertThat(type.isKnown()).isTrue();
    assertThat(type.name()).isEqualTo(name);
    assertThat(type).hasToString(name);
    assertThat(RecallType.documented()).contains(type);
  }

  @ParameterizedTest(name = "{0} is unknown({0})")
  @ValueSource(ints = {2, 4, -1})
  @DisplayName("an undocumented recall type is kept as unknown(n)")
  void unknownType(int code) {
    RecallType type = RecallType.of(code);

    assertThat(type.isKnown()).isFalse();
    assertThat(type.name()).isEqualTo("UNKNOWN");
    assertThat(type).hasToString("unknown(" + code + ")");
    assertThat(RecallType.documented()).doesNotContain(type).hasSize(3);
  }
}
