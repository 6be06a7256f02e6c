package io.voicecampaign.domain.archfixtures;

import io.vavr.collection.List;
import java.time.Instant;

/**
 * A domain value that keeps every rule: time comes in, Vavr holds the list, fields are final.
 *
 * @param at    when, as given
 * @param codes the codes, as given
 */
public record WellBehavedValue(Instant at, List<String> codes) {}
