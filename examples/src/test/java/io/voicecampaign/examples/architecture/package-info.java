/** The architecture rules over every module, and the proofs that they catch a break. */
package io.voicecampaign.examples.architecture;
