/** The SDK's use cases over ports: what users embed, independent of any transport. */
package io.voicecampaign.application;
