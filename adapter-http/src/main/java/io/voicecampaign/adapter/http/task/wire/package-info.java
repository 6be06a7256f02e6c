/**
 * The JSON shapes of the group-call task endpoints, as records Moshi reads and writes. Public only
 * because Moshi needs it for records; used by nothing outside the HTTP adapter.
 */
package io.voicecampaign.adapter.http.task.wire;
