package io.voicecampaign.domain.archfixtures.cycle.first;

import io.voicecampaign.domain.archfixtures.cycle.second.Second;

/**
 * One half of a package cycle.
 *
 * @param other the other half
 */
public record First(Second other) {}
