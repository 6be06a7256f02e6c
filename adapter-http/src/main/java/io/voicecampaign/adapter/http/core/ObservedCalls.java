package io.voicecampaign.adapter.http.core;

import io.voicecampaign.application.observe.CallTrace;
import io.voicecampaign.application.observe.Endpoint;
import io.voicecampaign.application.observe.GatewayListeners;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.vavr.control.Either;
import java.util.function.Supplier;

/**
 * Starts the trace of each gateway call: to the user's listeners, plus the {@link RetryLog} while its
 * logger is on. A call made of several exchanges (a launch) is traced by {@link #around}, whose
 * trace the exchange finds as {@link #current()} on the calling thread; calls it makes of its own
 * (look-ups) get their own traces.
 */
final class ObservedCalls {

  private final GatewayListeners listeners;
  private final GatewayListeners logged;
  private final ThreadLocal<CallTrace> current = new ThreadLocal<>();

  ObservedCalls(GatewayListeners listeners) {
    this.listeners = listeners;
    this.logged = listeners.with(new RetryLog());
  }

  CallTrace start(Endpoint endpoint) {
    return (RetryLog.isOn() ? logged : listeners).start(endpoint);
  }

  /** The trace of the call {@link #around} runs on this thread; one that reports nothing outside it. */
  CallTrace current() {
    CallTrace trace = current.get();
    return trace == null ? GatewayListeners.none().start(Endpoint.LAUNCH) : trace;
  }

  <T> Either<GatewayFailure, T> around(Endpoint endpoint, Supplier<Either<GatewayFailure, T>> operation) {
    CallTrace trace = start(endpoint);
    CallTrace outer = current.get();
    current.set(trace);
    try {
      return trace.finish(operation.get());
    } finally {
      if (outer == null) {
        current.remove();
      } else {
        current.set(outer);
      }
    }
  }
}
