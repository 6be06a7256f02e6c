/** What the reliability tests share: credentials, campaigns, loopback servers, log capture. */
package io.voicecampaign.reliability.support;
