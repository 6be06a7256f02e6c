/** Failure injection: which operation of the simulated platform misbehaves, and how. */
package io.voicecampaign.adapter.fake.fault;
