package io.voicecampaign.adapter.fake.platform;

import io.voicecampaign.domain.shared.AgentId;

/**
 * What a launched task passes on to its recall children: where and how fast they call, and whose
 * agent runs them when a node names none.
 *
 * @param calendar    the task's calling time
 * @param calloutRate the outbound multiplier
 * @param agent       the campaign's agent
 */
record Campaign(CallingCalendar calendar, int calloutRate, AgentId agent) {}
