/**
 * The platform's status-report pushes as the emulator makes them: batches of call reports POSTed as a
 * JSON array to the receiver a user names, retried on platform time when the receiver does not answer
 * HTTP 200, with a bounded record of every attempt.
 */
package io.voicecampaign.emulator.push;
