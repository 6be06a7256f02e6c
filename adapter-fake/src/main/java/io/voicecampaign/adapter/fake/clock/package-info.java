/** The virtual clock that drives the simulated platform: time moves only when a test advances it. */
package io.voicecampaign.adapter.fake.clock;
