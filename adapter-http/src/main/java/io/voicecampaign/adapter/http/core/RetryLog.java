package io.voicecampaign.adapter.http.core;

import io.voicecampaign.application.observe.GatewayEvent;
import io.voicecampaign.application.observe.GatewayListener;
import java.lang.System.Logger.Level;

/**
 * Logs each retry with its reason and wait, at {@code DEBUG} on the {@code System.Logger}
 * {@value #LOGGER_NAME} (which reaches SLF4J, Log4j or {@code java.util.logging} through the user's
 * bridge), for example
 * {@code query_tasks call 12: attempt 1 failed (UNAVAILABLE(-18)); attempt 2 in 180 ms}. The line
 * names the failure's kind and platform code only: no message, secret or number.
 */
final class RetryLog implements GatewayListener {

  /** The logger retries are written to. */
  static final String LOGGER_NAME = "io.voicecampaign.adapter.http.retry";

  private static final System.Logger LOG = System.getLogger(LOGGER_NAME);

  static boolean isOn() {
    return LOG.isLoggable(Level.DEBUG);
  }

  @Override
  public void on(GatewayEvent event) {
    if (event instanceof GatewayEvent.RetryScheduled retry) {
      LOG.log(Level.DEBUG, () -> retry.endpoint().tag() + " call " + retry.callId() + ": attempt " + (retry.nextAttempt() - 1)
          + " failed (" + retry.reason() + "); attempt " + retry.nextAttempt() + " in " + retry.delay().toMillis() + " ms");
    }
  }
}
