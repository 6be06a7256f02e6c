/**
 * The reliability suite: the SDK kept honest against fuzzed answers, network faults, connection and
 * thread leaks, lost create answers, clock skew, credential leaks, concurrent use and bad input. Each
 * test's figures are listed in {@code RELIABILITY.md} at the repository root.
 */
package io.voicecampaign.reliability;
