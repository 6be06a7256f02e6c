/**
 * The group-call task endpoints: create (exactly once, streaming 200,000 callees straight into the
 * body), query and cancel.
 */
package io.voicecampaign.adapter.http.task;
