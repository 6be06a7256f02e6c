/**
 * The platform's wire format as the emulator speaks it: request bodies read into domain values with
 * every problem named by its wire path (the platform's -22), answers written in the envelope each seed
 * page shows, and date-times as {@code yyyy-MM-dd HH:mm:ss} in the platform's zone.
 */
package io.voicecampaign.emulator.wire;
