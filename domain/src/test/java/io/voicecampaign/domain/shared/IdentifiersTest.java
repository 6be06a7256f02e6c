package io.voicecampaign.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("AgentId and AppId")
class IdentifiersTest {

  @Test
  @DisplayName("an agent id is positive")
  void agentIdPositive() {
    assertThat(AgentId.of(1).value()).isEqualTo(1);
    assertThat(AgentId.validate("agentId", 0).getError()).isEqualTo(Violation.of("agentId", 0, "must be a positive id"));
    assertThat(AgentId.validate("recallPlan.agents[2]", -5).getError().path()).isEqualTo("recallPlan.agents[2]");
    assertThatThrownBy(() -> AgentId.of(0)).isInstanceOf(InvalidValueException.class);
  }

  @Test
  @DisplayName("an app id is required and kept exactly as given")
  void appIdRequired() {
    assertThat(AppId.of("Jgd8oFei")).hasToString("Jgd8oFei");
    assertThat(AppId.validate("appId", null).getError()).isEqualTo(Violation.of("appId", null, "is required"));
  }

  @ParameterizedTest(name = "\"{0}\" is refused")
  @ValueSource(strings = {"", "  ", " Jgd8oFei", "Jgd8oFei\t"})
  @DisplayName("an app id may not be blank or carry surrounding whitespace")
  void appIdBlank(String value) {
    Violation violation = AppId.validate("appId", value).getError();

    assertThat(violation.path()).isEqualTo("appId");
    assertThat(violation.value()).isEqualTo(value);
    assertThat(violation.rule()).isEqualTo("must be non-blank with no surrounding whitespace");
  }
}
