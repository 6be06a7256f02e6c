/**
 * JMH benchmarks of the SDK, each case measured against a hand-written baseline in the same run.
 * BENCHMARKS.md at the repository root holds the command, the settings and the latest results.
 */
package io.voicecampaign.benchmarks;
