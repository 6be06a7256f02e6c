/** The out-ports served in process by the simulated platform. */
package io.voicecampaign.adapter.fake.gateway;
