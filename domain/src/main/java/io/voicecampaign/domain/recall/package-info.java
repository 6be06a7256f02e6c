/** Automatic recall: plans, flows, nodes and the state rules that say what may be cancelled or edited. */
package io.voicecampaign.domain.recall;
