package io.voicecampaign.application.port.in.task;

/**
 * Hears a bulk launch's progress: after each part, and when it starts and stops waiting on the
 * concurrent-task limit. Called on the launching thread; a listener that throws is ignored and never
 * stops the launch.
 */
@FunctionalInterface
public interface BulkLaunchListener {

  /** A listener that hears nothing. */
  BulkLaunchListener NONE = progress -> { };

  /** The launch's progress now. */
  void onProgress(BulkLaunchProgress progress);
}
