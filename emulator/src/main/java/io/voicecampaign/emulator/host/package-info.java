/**
 * The simulated platform behind the emulator's endpoints, and the platform clock that runs at a
 * scaled pace of the wall clock or is moved by hand.
 */
package io.voicecampaign.emulator.host;
