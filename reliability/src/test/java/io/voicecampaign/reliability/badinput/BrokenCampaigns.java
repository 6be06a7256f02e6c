package io.voicecampaign.reliability.badinput;

import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.fixtures.CampaignFixtures;
import io.voicecampaign.domain.recall.RecallPlan;
import io.voicecampaign.domain.recall.RecallType;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * One campaign per rule of {@link AgentCampaign.Builder}, each valid but for that rule, with the
 * field path and the words of the rule the violation must carry.
 */
final class BrokenCampaigns {

  private BrokenCampaigns() {}

  private static Arguments broken(String what, Supplier<AgentCampaign.Builder> campaign, String path, String rule) {
    return Arguments.of(what, campaign, path, rule);
  }

  private static AgentCampaign.Builder valid() {
    return CampaignFixtures.validBuilder(2);
  }

  private static AgentCampaign.Builder withPlan(RecallPlan.Builder plan) {
    return valid().recall(plan);
  }

  private static RecallPlan.Builder plan() {
    return RecallPlan.builder().type(RecallType.FAILED).intervalMinutes(30).attempts(2);
  }

  static Stream<Arguments> all() {
    return Stream.of(
        broken("no application", () -> valid().appId(null), "appId", "is required"),
        broken("a blank application", () -> valid().appId("   "), "appId", "non-blank"),
        broken("an application with surrounding whitespace", () -> valid().appId(" Jgd8oFei"), "appId", "no surrounding whitespace"),
        broken("no agent", () -> AgentCampaign.builder().appId("Jgd8oFei").taskName("no-agent").addCallee("463200000007"), "agentId", "is required"),
        broken("agent 0", () -> valid().agentId(0), "agentId", "positive id"),
        broken("a negative agent", () -> valid().agentId(-41), "agentId", "positive id"),
        broken("no task name", () -> valid().taskName(null), "taskName", "is required"),
        broken("a one-character task name", () -> valid().taskName("a"), "taskName", "2-64 characters"),
        broken("a 65-character task name", () -> valid().taskName("n".repeat(65)), "taskName", "2-64 characters"),
        broken("a blank task name", () -> valid().taskName("    "), "taskName", "must not be blank"),
        broken("a task name with a trailing space", () -> valid().taskName("renewals "), "taskName", "no leading or trailing whitespace"),
        broken("a 33-emoji task name (66 UTF-16 units)", () -> valid().taskName("\uD83D\uDCDE".repeat(33)), "taskName", "counted in UTF-16 units"),
        broken("a task name with a lone surrogate", () -> valid().taskName("renewals \uD83D"), "taskName", "lone surrogate"),
        broken("a task name with a newline inside", () -> valid().taskName("spring\nrenewals"), "taskName", "control characters"),
        broken("a display number with a letter", () -> valid().displayNumber("10081222x1"), "displayNumber", "0-20 digits"),
        broken("a 21-digit display number", () -> valid().displayNumber("1".repeat(21)), "displayNumber", "0-20 digits"),
        broken("a display number with '+'", () -> valid().displayNumber("+1008122211"), "displayNumber", "0-20 digits"),
        broken("a call of 0 s", () -> valid().maxCallDurationSeconds(0), "maxCallDuration", "1-999 seconds"),
        broken("a call of 1000 s", () -> valid().maxCallDurationSeconds(1000), "maxCallDuration", "1-999 seconds"),
        broken("ringing 9 s", () -> valid().maxRingingSeconds(9), "maxRingingTime", "10-120 seconds"),
        broken("ringing 121 s", () -> valid().maxRingingSeconds(121), "maxRingingTime", "10-120 seconds"),
        broken("callout rate 0", () -> valid().calloutRate(0), "calloutRate", "at least 1"),
        broken("four call windows", () -> valid().callWindow("08:00", "09:00").callWindow("10:00", "11:00")
            .callWindow("12:00", "13:00").callWindow("14:00", "15:00"), "callWindows", "at most 3"),
        broken("a window start without a leading zero", () -> valid().callWindow("9:00", "12:00"), "callWindows[0].start", "HH:mm"),
        broken("a window ending at 24:00", () -> valid().callWindow("22:00", "24:00"), "callWindows[0].end", "HH:mm"),
        broken("a window with seconds", () -> valid().callWindow("09:00:30", "12:00"), "callWindows[0].start", "HH:mm"),
        broken("a window with no end", () -> valid().callWindow("09:00", null), "callWindows[0].end", "is required"),
        broken("a window crossing midnight", () -> valid().callWindow("22:00", "06:00"), "callWindows[0]", "start must be before end"),
        broken("an empty window", () -> valid().callWindow("09:00", "09:00"), "callWindows[0]", "start must be before end"),
        broken("a recall plan without a type", () -> withPlan(plan().type(null)), "recallPlan.type", "is required"),
        broken("an undocumented recall type", () -> withPlan(plan().type(RecallType.of(2))), "recallPlan.type", "ALL (0), FAILED (1) or BY_INTENT (3)"),
        broken("recall by intent without intents", () -> withPlan(plan().type(RecallType.BY_INTENT)), "recallPlan.intents", "at least one intent"),
        broken("a blank intent", () -> withPlan(plan().type(RecallType.BY_INTENT).intents(" ")), "recallPlan.intents[0]", "non-blank"),
        broken("a recall interval of 0 minutes", () -> withPlan(plan().intervalMinutes(0)), "recallPlan.intervalMinutes", "1-1440 minutes"),
        broken("a recall interval of 1441 minutes", () -> withPlan(plan().intervalMinutes(1441)), "recallPlan.intervalMinutes", "1-1440 minutes"),
        broken("0 recall attempts", () -> withPlan(plan().attempts(0)), "recallPlan.attempts", "1-10"),
        broken("11 recall attempts", () -> withPlan(plan().attempts(11)), "recallPlan.attempts", "1-10"),
        broken("one agent for two attempts", () -> withPlan(plan().agents(41)), "recallPlan.agents", "one agent per attempt"),
        broken("a recall agent 0", () -> withPlan(plan().agents(41, 0)), "recallPlan.agents[1]", "positive id"),
        broken("no callee", () -> CampaignFixtures.bareBuilder(), "callees", "at least 1 callee"),
        broken("200,001 callees", () -> CampaignFixtures.validBuilder(200_001), "callees", "at most 200000 callees"),
        broken("a callee number with '+'", () -> valid().addCallee("+463200000099"), "callees[2].number", "6-18 digits"),
        broken("a callee number with a space", () -> valid().addCallee("4632 0000 0099"), "callees[2].number", "6-18 digits"),
        broken("a five-digit callee number", () -> valid().addCallee("46320"), "callees[2].number", "6-18 digits"),
        broken("a 19-digit callee number", () -> valid().addCallee("4".repeat(19)), "callees[2].number", "6-18 digits"),
        broken("no callee number", () -> valid().addCallee((String) null), "callees[2].number", "is required"),
        broken("eleven texts", () -> valid().addCallee("463200000099", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"),
            "callees[2].texts", "at most 10 texts"),
        broken("a 31-character text", () -> valid().addCallee("463200000099", "t".repeat(31)), "callees[2].text1", "at most 30 characters"),
        broken("a 31-character Chinese text", () -> valid().addCallee("463200000099", null, CampaignFixtures.chineseText(31)),
            "callees[2].text2", "at most 30 characters"),
        broken("a text of 16 emoji (32 UTF-16 units)", () -> valid().addCallee("463200000099", "\uD83D\uDCDE".repeat(16)),
            "callees[2].text1", "counted in UTF-16 units"),
        broken("a text with a lone surrogate", () -> valid().addCallee("463200000099", "EUR \uDCDE"), "callees[2].text1", "lone surrogate"),
        broken("a text with a control character", () -> valid().addCallee("463200000099", "EUR\u000040"), "callees[2].text1", "control characters"),
        broken("a duplicate callee", () -> valid().addCallee(CampaignFixtures.number(1)), "callees[2].number", "duplicate of callees[1].number"));
  }
}
