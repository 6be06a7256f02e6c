/**
 * Concurrency: sixteen threads of a thousand mixed calls each (launches, lists, cancels, flow reads,
 * edits and cancels) against the simulator in process and against the HTTP adapter talking to the
 * emulator on loopback; no task is lost or made twice, ids are unique and every count adds up.
 */
package io.voicecampaign.reliability.concurrency;
