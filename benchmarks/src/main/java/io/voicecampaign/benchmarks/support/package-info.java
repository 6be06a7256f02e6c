/** Deterministic inputs shared by the benchmark cases. */
package io.voicecampaign.benchmarks.support;
