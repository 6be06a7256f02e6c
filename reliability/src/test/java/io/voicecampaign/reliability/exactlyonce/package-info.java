/**
 * Exactly-once creates: the connection drops after a stateful platform received and stored the
 * create, and the SDK must end with the one task the platform made, without a second one.
 */
package io.voicecampaign.reliability.exactlyonce;
