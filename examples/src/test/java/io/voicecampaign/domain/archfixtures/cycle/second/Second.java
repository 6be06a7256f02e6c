package io.voicecampaign.domain.archfixtures.cycle.second;

import io.voicecampaign.domain.archfixtures.cycle.first.First;

/**
 * The other half of a package cycle.
 *
 * @param other the first half
 */
public record Second(First other) {}
