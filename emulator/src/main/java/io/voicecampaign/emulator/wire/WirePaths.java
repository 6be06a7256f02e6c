package io.voicecampaign.emulator.wire;

import io.voicecampaign.domain.shared.Violation;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renames the domain's field paths ({@code callees[3].number}, {@code recallPlan.attempts}) to the wire
 * names a client sent ({@code numberInfoList[3].calleeNumber}, {@code recallFlow.recallNum}), so that a
 * -22 names the member as it appears in the request body.
 */
final class WirePaths {

  private static final String[][] CAMPAIGN = {
    {"callees\\[(\\d+)\\]\\.number", "numberInfoList[$1].calleeNumber"},
    {"callees\\[(\\d+)\\]\\.texts", "numberInfoList[$1]"},
    {"callees\\[(\\d+)\\]\\.(text\\d+)", "numberInfoList[$1].$2"},
    {"callees", "numberInfoList"},
    {"callWindows\\[(\\d+)\\]\\.start", "allowSendTime[$1].strTime"},
    {"callWindows\\[(\\d+)\\]\\.end", "allowSendTime[$1].endTime"},
    {"callWindows(\\[\\d+\\])?", "allowSendTime$1"},
    {"displayNumber", "displayNum"},
    {"maxCallDuration", "maxCalls"},
    {"recallPlan\\.type", "recallFlow.recallType"},
    {"recallPlan\\.intervalMinutes", "recallFlow.recallInterval"},
    {"recallPlan\\.attempts", "recallFlow.recallNum"},
    {"recallPlan\\.intents(\\[\\d+\\])?", "recallFlow.recallIntent$1"},
    {"recallPlan\\.agents\\[(\\d+)\\]", "recallFlow.nodeList[$1].agentId"},
    {"recallPlan\\.agents", "recallFlow.nodeList"},
  };

  private static final String[][] PLAN_EDIT = {
    {"recallPlan\\.type", "recallType"},
    {"recallPlan\\.intervalMinutes", "recallInterval"},
    {"recallPlan\\.attempts", "recallNum"},
    {"recallPlan\\.intents(\\[\\d+\\])?", "recallIntent$1"},
    {"recallPlan\\.agents\\[(\\d+)\\]", "nodeList[$1].scriptId"},
    {"recallPlan\\.agents", "nodeList"},
  };

  private static final Pattern CALLEE_IN_RULE = Pattern.compile("callees\\[(\\d+)\\]\\.number");

  private static final Pattern[] CAMPAIGN_PATTERNS = compile(CAMPAIGN);
  private static final Pattern[] PLAN_EDIT_PATTERNS = compile(PLAN_EDIT);

  private WirePaths() {}

  /** A violation of a campaign's rules, at the path of {@code send/agent}'s body. */
  static Violation ofCampaign(Violation violation) {
    String rule = CALLEE_IN_RULE.matcher(violation.rule()).replaceAll("numberInfoList[$1].calleeNumber");
    return new Violation(rename(violation.path(), CAMPAIGN_PATTERNS, CAMPAIGN), violation.value(), rule);
  }

  /** A violation of a plan's rules, at the path of {@code recallFlow/update}'s body. */
  static Violation ofPlanEdit(Violation violation) {
    return new Violation(rename(violation.path(), PLAN_EDIT_PATTERNS, PLAN_EDIT), violation.value(), violation.rule());
  }

  private static String rename(String path, Pattern[] patterns, String[][] table) {
    for (int i = 0; i < patterns.length; i++) {
      Matcher matcher = patterns[i].matcher(path);
      if (matcher.matches()) {
        // an optional group that did not take part is replaced by nothing
        return matcher.replaceAll(table[i][1]);
      }
    }
    return path;
  }

  private static Pattern[] compile(String[][] table) {
    Pattern[] patterns = new Pattern[table.length];
    for (int i = 0; i < table.length; i++) {
      patterns[i] = Pattern.compile(table[i][0]);
    }
    return patterns;
  }
}
