/** How each simulated call ends: the outcome of one call and the pluggable, seeded models that choose it. */
package io.voicecampaign.adapter.fake.outcome;
