package io.voicecampaign.adapter.fake.platform;

import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.campaign.DisplayNumber;
import io.voicecampaign.domain.shared.AgentId;
import io.vavr.control.Option;
import java.time.ZoneId;

/**
 * What a launched task passes on to its recall children: where and how fast they call, whose agent
 * runs them when a node names none, and what their calls' reports show.
 *
 * @param calendar        the task's calling time
 * @param calloutRate     the outbound multiplier
 * @param agent           the campaign's agent
 * @param displayNumber   the caller number shown, if the campaign set one
 * @param maxCallSeconds  the longest connected call
 * @param maxRingSeconds  the longest ringing
 * @param recording       whether calls are recorded
 */
record Campaign(CallingCalendar calendar, int calloutRate, AgentId agent, Option<DisplayNumber> displayNumber,
    int maxCallSeconds, int maxRingSeconds, boolean recording) {

  /** The settings of {@code campaign}, its windows read in {@code zone}. */
  static Campaign of(AgentCampaign campaign, ZoneId zone) {
    return new Campaign(CallingCalendar.of(campaign.callWindows(), zone), campaign.calloutRate().multiplier(),
        campaign.agentId(), campaign.displayNumber(), campaign.maxCallDuration().seconds(),
        campaign.maxRingingTime().seconds(), campaign.recording());
  }
}
