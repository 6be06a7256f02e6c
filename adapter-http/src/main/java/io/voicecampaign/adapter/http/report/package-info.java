/**
 * Reading the AI-agent status-report push: turns the batch the platform POSTs to the customer's
 * address into domain call reports, usable from any web framework (bytes in, reports or a typed
 * failure out). The JSON library is an internal detail of this package.
 */
package io.voicecampaign.adapter.http.report;
