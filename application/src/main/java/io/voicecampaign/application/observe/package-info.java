/**
 * What the gateways do, as events a user can listen to: each call to the platform, its attempts,
 * retries and outcome, for logs, metrics and tracing. Plain Java: no logging or metrics library.
 */
package io.voicecampaign.application.observe;
