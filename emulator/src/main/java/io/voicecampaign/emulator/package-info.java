/**
 * The platform emulator: the in-memory simulated platform served over the platform's wire protocol on
 * localhost, for offline tests from any language. {@link io.voicecampaign.emulator.Emulator} starts one
 * in process; {@link io.voicecampaign.emulator.EmulatorMain} is the command-line entry.
 */
package io.voicecampaign.emulator;
