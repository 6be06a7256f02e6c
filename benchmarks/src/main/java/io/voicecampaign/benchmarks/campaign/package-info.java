/** Case 1: building and validating a large agent campaign. */
package io.voicecampaign.benchmarks.campaign;
