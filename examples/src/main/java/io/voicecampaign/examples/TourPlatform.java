package io.voicecampaign.examples;

import io.voicecampaign.application.VoiceCampaigns;
import java.time.Duration;
import java.time.Instant;

/**
 * Where the tour runs: the SDK's use cases over one transport, and a way to let the platform's time
 * pass. {@link Tour#platform()} is the one place that picks the implementation.
 */
interface TourPlatform {

  /** A line saying what the tour talks to. */
  String description();

  /** The use cases, over this platform's transport. */
  VoiceCampaigns campaigns();

  /** The platform's current time, to place list ranges. */
  Instant now();

  /** Lets {@code duration} of platform time pass; on return, everything due by then has happened. */
  void letTimePass(Duration duration);
}
