/**
 * Network faults from a loopback server's socket effects (disconnects before and after the request
 * and in the middle of the body, stalls past the read timeout, throttled bodies, resets, refused
 * connections): each becomes the right failure within the configured time, and ten thousand faulted
 * calls leave no connection and no thread behind.
 */
package io.voicecampaign.reliability.faults;
