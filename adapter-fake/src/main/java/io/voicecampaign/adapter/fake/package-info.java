/** An in-memory simulator of the platform implementing every out-port, for offline tests. */
package io.voicecampaign.adapter.fake;
