/**
 * An in-memory simulator of the platform implementing every out-port, for offline tests: start with
 * {@link io.voicecampaign.adapter.fake.FakeVoiceCampaigns#create}.
 */
package io.voicecampaign.adapter.fake;
