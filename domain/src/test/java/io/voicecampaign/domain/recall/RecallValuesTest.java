package io.voicecampaign.domain.recall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.voicecampaign.domain.shared.InvalidValueException;
import io.voicecampaign.domain.shared.PageRequest;
import io.voicecampaign.domain.shared.TimeRange;
import io.voicecampaign.domain.shared.Violation;
import io.voicecampaign.domain.task.TaskId;
import io.vavr.control.Option;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("recall ids, intent codes, cancellations and queries")
class RecallValuesTest {

  @Test
  @DisplayName("flow and node ids are positive")
  void ids() {
    assertThat(RecallFlowId.of(298)).hasToString("298");
    assertThat(RecallNodeId.of(1427)).hasToString("1427");
    assertThatThrownBy(() -> RecallFlowId.of(0)).isInstanceOf(InvalidValueException.class).hasMessageContaining("recallFlowId");
    assertThatThrownBy(() -> RecallNodeId.of(-1)).isInstanceOf(InvalidValueException.class).hasMessageContaining("recallNodeId");
  }

  @ParameterizedTest(name = "\"{0}\" is an intent code")
  @ValueSource(strings = {"99998", "101", "x"})
  @DisplayName("an intent code is any non-blank text, kept as given")
  void intentAccepted(String code) {
    assertThat(IntentCode.validate("intent", code).get()).hasToString(code);
  }

  @ParameterizedTest(name = "\"{0}\" is refused")
  @ValueSource(strings = {"", " ", " 101", "101 "})
  @DisplayName("a blank intent code or one with surrounding whitespace is refused")
  void intentRefused(String code) {
    assertThat(IntentCode.validate("recallPlan.intents[0]", code).getError())
        .isEqualTo(new Violation("recallPlan.intents[0]", code, "must be non-blank with no surrounding whitespace"));
  }

  @Test
  @DisplayName("the three cancellations carry the platform's type and id")
  void cancellations() {
    RecallCancellation byFlow = new RecallCancellation.WholeFlow(RecallFlowId.of(12));
    RecallCancellation byTask = new RecallCancellation.WholeFlowOfTask(TaskId.of(5009611));
    RecallCancellation fromNode = new RecallCancellation.FromNode(RecallNodeId.of(1427));

    assertThat(byFlow.type()).isEqualTo(1);
    assertThat(byFlow.id()).isEqualTo(12);
    assertThat(byTask.type()).isEqualTo(2);
    assertThat(byTask.id()).isEqualTo(5009611);
    assertThat(fromNode.type()).isEqualTo(3);
    assertThat(fromNode.id()).isEqualTo(1427);
  }

  @Test
  @DisplayName("a flow query searches by parent task name, or exactly by parent task id")
  void query() {
    TimeRange range = TimeRange.between(Instant.parse("2024-05-17T16:00:00Z"), Instant.parse("2024-05-19T15:59:59Z"));
    RecallFlowQuery query = RecallFlowQuery.within(range, 10);

    assertThat(query.taskName()).isEqualTo(Option.none());
    assertThat(query.withTaskName("1111").taskName()).isEqualTo(Option.some("1111"));
    assertThat(query.forTask(TaskId.of(5009611)).taskName()).isEqualTo(Option.some("5009611"));
    assertThat(query.withPage(new PageRequest(2, 10)).page().current()).isEqualTo(2);
    assertThat(query.withPage(new PageRequest(2, 10)).createdWithin()).isEqualTo(range);
  }
}
