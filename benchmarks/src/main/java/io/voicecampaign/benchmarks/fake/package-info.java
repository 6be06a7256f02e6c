/** Case 5: the in-memory simulator running many campaigns with recall flows to completion. */
package io.voicecampaign.benchmarks.fake;
