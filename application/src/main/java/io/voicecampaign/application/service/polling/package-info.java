/** Waiting for the platform: polling with backoff up to a deadline, shared by the await use cases. */
package io.voicecampaign.application.service.polling;
