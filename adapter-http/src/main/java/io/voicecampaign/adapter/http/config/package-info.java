/**
 * Configuration of the HTTP adapter: credentials, hosts, per-endpoint path prefixes, timeouts, retries,
 * the platform's time zone and request logging.
 */
package io.voicecampaign.adapter.http.config;
