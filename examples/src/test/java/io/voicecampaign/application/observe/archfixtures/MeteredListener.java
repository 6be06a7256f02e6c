package io.voicecampaign.application.observe.archfixtures;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.voicecampaign.application.observe.GatewayEvent;
import io.voicecampaign.application.observe.GatewayListener;

/** An application class that counts events with Micrometer itself. */
public final class MeteredListener implements GatewayListener {

  private final Counter events = Counter.builder("events").register(new SimpleMeterRegistry());

  @Override
  public void on(GatewayEvent event) {
    events.increment();
  }
}
