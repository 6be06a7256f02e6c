package io.voicecampaign.application.testing;

import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.recall.RecallPlan;
import io.voicecampaign.domain.recall.RecallType;
import java.time.Instant;

/** Valid AI-agent campaigns: three callees, a three-attempt recall of the failed calls. */
public final class AgentCampaignFixtures {

  /** The fixtures' application id. */
  public static final String APP_ID = "Jgd8oFei";
  /** The fixtures' agent. */
  public static final long AGENT_ID = 41;

  private AgentCampaignFixtures() {}

  /** A campaign that starts as soon as it is launched. */
  public static AgentCampaign immediate(String taskName) {
    return builder(taskName).build().get();
  }

  /** A campaign scheduled to start at {@code sendTime}. */
  public static AgentCampaign scheduledAt(String taskName, Instant sendTime) {
    return builder(taskName).sendTime(sendTime).build().get();
  }

  /** The builder behind the fixtures, for tests that change one more thing. */
  public static AgentCampaign.Builder builder(String taskName) {
    return AgentCampaign.builder()
        .appId(APP_ID)
        .agentId(AGENT_ID)
        .taskName(taskName)
        .callWindow("09:00", "12:00")
        .recall(RecallPlan.builder().type(RecallType.FAILED).intervalMinutes(30).attempts(3))
        .addCallee("463200000007", "Alice", "EUR 40")
        .addCallee("463200000008", "Bob")
        .addCallee("463200000009");
  }
}
