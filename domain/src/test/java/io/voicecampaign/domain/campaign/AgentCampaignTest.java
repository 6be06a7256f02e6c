package io.voicecampaign.domain.campaign;

import static io.voicecampaign.domain.fixtures.CampaignFixtures.AGENT;
import static io.voicecampaign.domain.fixtures.CampaignFixtures.bareBuilder;
import static io.voicecampaign.domain.fixtures.CampaignFixtures.number;
import static io.voicecampaign.domain.fixtures.CampaignFixtures.text;
import static io.voicecampaign.domain.fixtures.CampaignFixtures.validBuilder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.voicecampaign.domain.fixtures.CampaignFixtures;
import io.voicecampaign.domain.recall.IntentCode;
import io.voicecampaign.domain.recall.RecallPlan;
import io.voicecampaign.domain.recall.RecallType;
import io.voicecampaign.domain.shared.AgentId;
import io.voicecampaign.domain.shared.AppId;
import io.voicecampaign.domain.shared.InvalidValueException;
import io.voicecampaign.domain.shared.Violation;
import io.voicecampaign.domain.task.TaskName;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("AgentCampaign")
class AgentCampaignTest {

  private static Seq<Violation> violations(AgentCampaign.Builder builder) {
    Validation<Seq<Violation>, AgentCampaign> built = builder.build();
    assertThat(built.isInvalid()).as("expected violations, got a campaign").isTrue();
    return built.getError();
  }

  private static AgentCampaign valid(AgentCampaign.Builder builder) {
    Validation<Seq<Violation>, AgentCampaign> built = builder.build();
    assertThat(built.isValid()).as("unexpected violations: %s", built.isInvalid() ? built.getError() : "").isTrue();
    return built.get();
  }

  @Nested
  @DisplayName("building")
  class Building {

    @Test
    @DisplayName("a campaign with only the required fields takes the platform's defaults")
    void defaults() {
      AgentCampaign campaign = valid(AgentCampaign.builder().appId("Jgd8oFei").agentId(41).taskName("renewals")
          .addCallee("463200000007"));

      assertThat(campaign.appId()).isEqualTo(AppId.of("Jgd8oFei"));
      assertThat(campaign.agentId()).isEqualTo(AgentId.of(41));
      assertThat(campaign.taskName()).isEqualTo(TaskName.of("renewals"));
      assertThat(campaign.displayNumber()).isEqualTo(Option.none());
      assertThat(campaign.sendTime()).isEqualTo(Option.none());
      assertThat(campaign.maxCallDuration()).isEqualTo(MaxCallDuration.DEFAULT);
      assertThat(campaign.maxRingingTime()).isEqualTo(MaxRingingTime.DEFAULT);
      assertThat(campaign.recording()).isTrue();
      assertThat(campaign.calloutRate()).isEqualTo(CalloutRate.DEFAULT);
      assertThat(campaign.callWindows()).isEmpty();
      assertThat(campaign.recallPlan()).isEqualTo(Option.none());
      assertThat(campaign.callees()).containsExactly(Callee.of("463200000007"));
    }

    @Test
    @DisplayName("every field given is kept, callees in the order added")
    void everyField() {
      Instant at = Instant.parse("2026-04-01T02:00:00Z");
      AgentCampaign campaign = valid(validBuilder(3).displayNumber("").sendTime(at).maxCallDurationSeconds(999)
          .maxRingingSeconds(10).recording(false).calloutRate(2).callWindow("18:28", "19:28")
          .addCallee(Callee.of("463200000099", null, "EUR 40")));

      assertThat(campaign.displayNumber()).isEqualTo(Option.some(DisplayNumber.of("")));
      assertThat(campaign.sendTime()).isEqualTo(Option.some(at));
      assertThat(campaign.maxCallDuration().seconds()).isEqualTo(999);
      assertThat(campaign.maxRingingTime().seconds()).isEqualTo(10);
      assertThat(campaign.recording()).isFalse();
      assertThat(campaign.calloutRate().multiplier()).isEqualTo(2);
      assertThat(campaign.callWindows()).containsExactly(CallWindow.of("18:28", "19:28"));
      assertThat(campaign.callees().map(c -> c.number().digits()))
          .containsExactly(number(0), number(1), number(2), "463200000099");
      assertThat(campaign.callees().last().text(2)).isEqualTo(Option.some("EUR 40"));
    }

    @Test
    @DisplayName("toString names the campaign without listing any phone number")
    void toStringHidesNumbers() {
      assertThat(CampaignFixtures.valid(2).toString()).contains("spring-renewals-2026", "callees=2").doesNotContain(number(0));
    }

    @Test
    @DisplayName("the required fields are reported when missing")
    void required() {
      assertThat(violations(AgentCampaign.builder().addCallee(number(0))))
          .containsExactly(Violation.of("appId", null, "is required"), Violation.of("agentId", null, "is required"),
              Violation.of("taskName", null, "is required"));
    }
  }

  @Nested
  @DisplayName("callees")
  class Callees {

    @Test
    @DisplayName("none is refused")
    void none() {
      assertThat(violations(bareBuilder()))
          .containsExactly(new Violation("callees", "0 callees", "must hold at least 1 callee"));
    }

    @Test
    @DisplayName("one is accepted")
    void one() {
      assertThat(valid(validBuilder(1)).callees()).hasSize(1);
    }

    @Test
    @DisplayName("200,000 are accepted")
    void maximum() {
      assertThat(valid(validBuilder(AgentCampaign.MAX_CALLEES)).callees()).hasSize(200_000);
    }

    @Test
    @DisplayName("200,001 are refused with one violation naming the count")
    void overMaximum() {
      assertThat(violations(validBuilder(200_001)))
          .containsExactly(new Violation("callees", "200001 callees", "must hold at most 200000 callees"));
    }

    @Test
    @DisplayName("a bad callee is reported at its index with path, value and rule")
    void indexedPath() {
      AgentCampaign.Builder builder = bareBuilder();
      for (int i = 0; i < 2000; i++) {
        builder.addCallee(i == 1834 ? "12345" : number(i), i == 7 ? text(31) : "ok");
      }

      assertThat(violations(builder)).containsExactly(
          new Violation("callees[7].text1", text(31), "must be at most 30 characters, counted in UTF-16 units (the platform would cut it)"),
          new Violation("callees[1834].number", "12345", "must be 6-18 digits: country code + number, no '+' or separators"));
    }

    @Test
    @DisplayName("a send time the wire cannot carry (Instant.MAX, year 10000) is a violation, not a formatter's exception")
    void uncarriableSendTime() {
      assertThat(violations(validBuilder(1).sendTime(Instant.MAX)))
          .extracting(Violation::path).containsExactly("sendTime");
      assertThat(violations(validBuilder(1).sendTime(Instant.parse("+10000-01-01T00:00:00Z"))))
          .extracting(Violation::rule).containsExactly(
              "must be between 0001-01-02T00:00:00Z and 9999-12-31T00:00:00Z, the times the platform's format can carry");
    }

    @Test
    @DisplayName("a duplicate number is refused at its own index, naming the first occurrence")
    void duplicates() {
      AgentCampaign.Builder builder = validBuilder(5).addCallee(number(1)).addCallee(number(3)).addCallee(number(1));

      assertThat(violations(builder)).containsExactly(
          new Violation("callees[5].number", number(1), "must be unique: duplicate of callees[1].number"),
          new Violation("callees[6].number", number(3), "must be unique: duplicate of callees[3].number"),
          new Violation("callees[7].number", number(1), "must be unique: duplicate of callees[1].number"));
    }

    @Test
    @DisplayName("a duplicate is reported even when the callee breaks another rule, and either may come first")
    void duplicateWithBadText() {
      AgentCampaign.Builder builder = bareBuilder().addCallee(number(0), text(31)).addCallee(number(0), text(31));

      assertThat(violations(builder)).extracting(Violation::path)
          .containsExactly("callees[0].text1", "callees[1].number", "callees[1].text1");
      assertThat(violations(bareBuilder().addCallee(number(0)).addCallee(number(0), text(31))))
          .extracting(Violation::path).containsExactly("callees[1].number", "callees[1].text1");
    }

    @Test
    @DisplayName("malformed numbers are reported as malformed, not as duplicates")
    void malformedNotDuplicate() {
      assertThat(violations(bareBuilder().addCallee("12ab").addCallee("12ab")))
          .extracting(Violation::rule).containsOnly("must be 6-18 digits: country code + number, no '+' or separators");
    }
  }

  @Nested
  @DisplayName("call windows")
  class Windows {

    @Test
    @DisplayName("three are accepted")
    void three() {
      assertThat(valid(validBuilder(1).callWindow("08:00", "10:00").callWindow("12:00", "14:00").callWindow("18:00", "20:00"))
          .callWindows()).hasSize(3);
    }

    @Test
    @DisplayName("four are refused with one violation naming the count")
    void four() {
      assertThat(violations(validBuilder(1).callWindow("08:00", "10:00").callWindow("12:00", "14:00")
          .callWindow("18:00", "20:00").callWindow("21:00", "22:00")))
          .containsExactly(new Violation("callWindows", "4 windows", "must be at most 3"));
    }

    @Test
    @DisplayName("each bad window is reported at its index, both ends at once")
    void badWindows() {
      assertThat(violations(validBuilder(1).callWindow("09:00", "12:00").callWindow("24:00", "9:00").callWindow("20:00", "08:00")))
          .extracting(Violation::path).containsExactly("callWindows[1].start", "callWindows[1].end", "callWindows[2]");
    }
  }

  @Nested
  @DisplayName("recall plan")
  class Recall {

    @Test
    @DisplayName("with no agents named, every attempt runs the campaign's agent")
    void defaultAgent() {
      AgentCampaign campaign = valid(validBuilder(1).recall(RecallPlan.builder().type(RecallType.FAILED).intervalMinutes(30).attempts(3)));

      assertThat(campaign.recallPlan().get().agents()).containsExactly(AGENT, AGENT, AGENT);
    }

    @Test
    @DisplayName("agents named one per attempt are kept in order")
    void namedAgents() {
      AgentCampaign campaign = valid(validBuilder(1)
          .recall(RecallPlan.builder().type(RecallType.ALL).intervalMinutes(1).attempts(2).agents(7, 8)));

      assertThat(campaign.recallPlan().get().agents()).containsExactly(AgentId.of(7), AgentId.of(8));
    }

    @Test
    @DisplayName("a count of agents that does not match the attempts is refused")
    void agentCount() {
      assertThat(violations(validBuilder(1).recall(RecallPlan.builder().type(RecallType.ALL).intervalMinutes(1).attempts(3).agents(7, 8))))
          .containsExactly(new Violation("recallPlan.agents", "2 agents",
              "must name one agent per attempt (3) or none to use the campaign's agent"));
    }

    @Test
    @DisplayName("the seed page's plan (by intent, five attempts, agent 41 each) is accepted as given")
    void seedPlan() {
      RecallPlan plan = valid(validBuilder(1).recall(CampaignFixtures.seedRecallPlan())).recallPlan().get();

      assertThat(plan.type()).isEqualTo(RecallType.BY_INTENT);
      assertThat(plan.intents()).containsExactly(IntentCode.of("99998"), IntentCode.of("99999"));
      assertThat(plan.agents()).hasSize(5).containsOnly(AGENT);
    }

    @Test
    @DisplayName("BY_INTENT without intents is refused under recallPlan")
    void byIntentWithoutIntents() {
      assertThat(violations(validBuilder(1).recall(RecallPlan.builder().type(RecallType.BY_INTENT).intervalMinutes(1).attempts(1))))
          .containsExactly(new Violation("recallPlan.intents", "[]", "must hold at least one intent code when the type is BY_INTENT"));
    }
  }

  @Test
  @DisplayName("every violation of a broken campaign is reported at once")
  void everyViolation() {
    Seq<Violation> violations = violations(AgentCampaign.builder()
        .appId(" ").agentId(0).taskName("x").displayNumber("+86 10")
        .maxCallDurationSeconds(1000).maxRingingSeconds(9).calloutRate(0)
        .callWindow("09:00", "08:00").callWindow("10:00", "11:00").callWindow("12:00", "13:00").callWindow("14:00", "15:00")
        .recall(RecallPlan.builder().type(RecallType.BY_INTENT).intervalMinutes(0).attempts(11))
        .addCallee("4632000001", text(31))
        .addCallee("12ab")
        .addCallee("4632000001"));

    assertThat(violations).extracting(Violation::path).containsExactly(
        "appId", "agentId", "taskName", "displayNumber", "maxCallDuration", "maxRingingTime", "calloutRate",
        "callWindows", "callWindows[0]", "recallPlan.intents", "recallPlan.intervalMinutes", "recallPlan.attempts",
        "callees[0].text1", "callees[1].number", "callees[2].number");
    assertThat(violations).allSatisfy(v -> assertThat(v.rule()).isNotBlank());
    assertThat(violations.find(v -> v.path().equals("maxCallDuration")).get())
        .isEqualTo(Violation.of("maxCallDuration", 1000, "must be 1-999 seconds"));
  }

  @Nested
  @DisplayName("the record's own invariants")
  class Invariants {

    private AgentCampaign campaign(Seq<Callee> callees, Seq<CallWindow> windows, Option<RecallPlan> plan) {
      return new AgentCampaign(AppId.of("Jgd8oFei"), AGENT, TaskName.of("renewals"), Option.none(), callees, Option.none(),
          MaxCallDuration.DEFAULT, MaxRingingTime.DEFAULT, true, CalloutRate.DEFAULT, windows, plan);
    }

    @Test
    @DisplayName("no callee, duplicates and four windows cannot be constructed directly either")
    void refused() {
      assertThatThrownBy(() -> campaign(List.empty(), List.empty(), Option.none()))
          .isInstanceOf(InvalidValueException.class).hasMessageContaining("must hold at least 1 callee");
      assertThatThrownBy(() -> campaign(List.of(Callee.of(number(0)), Callee.of(number(1)), Callee.of(number(0))), List.empty(), Option.none()))
          .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
              .containsExactly(new Violation("callees[2].number", number(0), "must be unique: duplicate of callees[0].number")));
      Seq<CallWindow> four = List.of(CallWindow.of("01:00", "02:00"), CallWindow.of("03:00", "04:00"),
          CallWindow.of("05:00", "06:00"), CallWindow.of("07:00", "08:00"));
      assertThatThrownBy(() -> campaign(List.of(Callee.of(number(0))), four, Option.none()))
          .isInstanceOf(InvalidValueException.class).hasMessageContaining("callWindows");
    }

    @Test
    @DisplayName("a plan without agents gets the campaign's agent for each attempt")
    void resolvesAgents() {
      RecallPlan plan = new RecallPlan(RecallType.ALL, 5, 2, List.empty(), List.empty());

      assertThat(campaign(List.of(Callee.of(number(0))), List.empty(), Option.some(plan)).recallPlan().get().agents())
          .containsExactly(AGENT, AGENT);
    }

    @Test
    @DisplayName("every part is required")
    void required() {
      assertThatNullPointerException().isThrownBy(() -> campaign(null, List.empty(), Option.none())).withMessage("callees == null");
    }
  }

  @Nested
  @DisplayName("the send time rule")
  class SendTime {

    private final Instant now = Instant.parse("2025-03-03T01:00:00.400Z");

    @Test
    @DisplayName("no send time has no problem")
    void none() {
      assertThat(valid(validBuilder(1)).sendTimeProblem(now)).isEqualTo(Option.none());
    }

    @Test
    @DisplayName("a send time in the current second, or later, has not passed: the platform reads times to the second")
    void currentSecond() {
      assertThat(valid(validBuilder(1).sendTime(Instant.parse("2025-03-03T01:00:00Z"))).sendTimeProblem(now)).isEqualTo(Option.none());
      assertThat(valid(validBuilder(1).sendTime(now.plusSeconds(60))).sendTimeProblem(now)).isEqualTo(Option.none());
    }

    @Test
    @DisplayName("a send time in an earlier second is refused, naming the field, the value, the rule and the time it is now")
    void past() {
      Instant past = Instant.parse("2025-03-03T00:59:59.999Z");

      assertThat(valid(validBuilder(1).sendTime(past)).sendTimeProblem(now)).isEqualTo(Option.some(Violation.of("sendTime", past,
          "must not be in the past (it is now 2025-03-03T01:00:00.400Z); leave it unset to start immediately")));
    }
  }
}
