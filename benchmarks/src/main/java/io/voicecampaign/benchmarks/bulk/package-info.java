/** Case 6: a bulk launch of a million callees, on the simulator and over loopback against the emulator. */
package io.voicecampaign.benchmarks.bulk;
