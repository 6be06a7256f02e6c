package io.voicecampaign.application.observe;

/**
 * Receives what the gateways do, on the thread that makes the call, as it happens. Register
 * listeners with the transport's configuration ({@code HttpConfig.Builder.listener},
 * {@code FakeVoiceCampaigns.create(.., GatewayListeners)}).
 *
 * <p>A listener should return quickly: the call waits for it. One that throws does not break the
 * call; its first failure is logged (logger {@code io.voicecampaign.observe}) and the event is dropped
 * for it alone. Listeners shared by calls on several threads must be thread-safe.
 */
@FunctionalInterface
public interface GatewayListener {

  /** Called once per event; see {@link GatewayEvent} for the events of one call, in order. */
  void on(GatewayEvent event);
}
