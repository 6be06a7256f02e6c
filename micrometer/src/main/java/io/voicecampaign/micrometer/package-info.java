/** The SDK's gateway events as Micrometer meters: an optional module, the only one that sees Micrometer. */
package io.voicecampaign.micrometer;
