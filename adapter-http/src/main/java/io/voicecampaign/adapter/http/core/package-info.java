/**
 * The transport shared by every endpoint: signing, calls, the tolerant envelope, the classification of
 * every outcome into a typed failure, retries and redacted logging. Its public types exist for the
 * adapter's own endpoint packages; nothing outside the adapter uses them.
 */
package io.voicecampaign.adapter.http.core;
