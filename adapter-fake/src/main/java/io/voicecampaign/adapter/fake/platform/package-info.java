/**
 * The simulated platform: tasks, recall flows and their calls held in memory and moved on by a
 * virtual clock, behind one facade ({@link io.voicecampaign.adapter.fake.platform.SimulatedPlatform})
 * that any transport (the in-process gateways, an HTTP server) can serve.
 */
package io.voicecampaign.adapter.fake.platform;
