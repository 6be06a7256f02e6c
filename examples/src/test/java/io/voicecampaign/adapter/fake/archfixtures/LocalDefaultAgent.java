package io.voicecampaign.adapter.fake.archfixtures;

import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.recall.RecallPlan;

/** A transport class that gives a campaign's plan its default agent again. */
public final class LocalDefaultAgent {

  /** The plan with the campaign's agent for each attempt. */
  public static RecallPlan plan(AgentCampaign campaign) {
    return campaign.recallPlan().get().withDefaultAgent(campaign.agentId());
  }
}
