/** A runnable tour of the SDK. */
package io.voicecampaign.examples;
