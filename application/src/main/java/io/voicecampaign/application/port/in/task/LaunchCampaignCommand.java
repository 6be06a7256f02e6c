package io.voicecampaign.application.port.in.task;

import io.voicecampaign.domain.campaign.AgentCampaign;
import java.util.Objects;

/**
 * Launch this campaign. The campaign is already valid (see {@link AgentCampaign#builder()}).
 *
 * @param campaign what to launch
 */
public record LaunchCampaignCommand(AgentCampaign campaign) {
  public LaunchCampaignCommand {
    Objects.requireNonNull(campaign, "campaign == null");
  }
}
