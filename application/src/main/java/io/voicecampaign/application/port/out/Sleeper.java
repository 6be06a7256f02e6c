package io.voicecampaign.application.port.out;

import java.time.Duration;

/**
 * Pauses the calling thread. Injected so that waits and retries can be driven by a virtual clock in
 * tests and take no real time.
 */
@FunctionalInterface
public interface Sleeper {

  /** The real one: {@link Thread#sleep}; an interrupt ends the pause early and keeps the flag set. */
  Sleeper SYSTEM = duration -> {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  };

  /** Pauses for {@code duration}. */
  void sleep(Duration duration);
}
