package io.voicecampaign.examples;

import io.voicecampaign.application.VoiceCampaigns;
import io.voicecampaign.domain.report.CallReport;
import io.vavr.collection.Seq;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Where the tour runs: the SDK's use cases over one transport, and a way to let the platform's time
 * pass. {@link Tour#platform(java.util.Map)} is the one place that picks the implementation.
 */
interface TourPlatform extends AutoCloseable {

  /** A line saying what the tour talks to. */
  String description();

  /** The use cases, over this platform's transport. */
  VoiceCampaigns campaigns();

  /** The platform's current time, to place list ranges. */
  Instant now();

  /** Lets {@code duration} of platform time pass; on return, everything due by then has happened. */
  void letTimePass(Duration duration);

  /**
   * From now on hands every batch of call reports the platform pushes to {@code inbox}, on the thread
   * that receives it.
   *
   * @throws TourStepFailed when reports cannot be received here
   */
  void onCallReports(Consumer<Seq<CallReport>> inbox);

  /** Frees what the platform holds: connections, the report receiver. */
  @Override
  void close();
}
