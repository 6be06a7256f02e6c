/** What a user launches: an AI-agent campaign with its callees, limits, call windows and recall plan. */
package io.voicecampaign.domain.campaign;
