package io.voicecampaign.application.observe;

import java.lang.System.Logger.Level;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The listeners a transport reports its gateway calls to, in the order they were added. Immutable;
 * {@link #with(GatewayListener)} returns a copy. A listener that throws is contained: the call goes
 * on, the other listeners still hear the event, and its first failure is logged as a warning to the
 * {@code System.Logger} {@value #LOGGER_NAME}.
 *
 * <p>With no listener, {@link #start(Endpoint)} returns a trace that does nothing and allocates
 * nothing, so an unobserved transport pays for none of this.
 */
public final class GatewayListeners {

  /** The logger a failing listener is reported to. */
  public static final String LOGGER_NAME = "io.voicecampaign.observe";

  private static final System.Logger LOG = System.getLogger(LOGGER_NAME);
  private static final GatewayListeners NONE = new GatewayListeners(new Registered[0]);

  private final Registered[] listeners;
  private final AtomicLong callIds = new AtomicLong();

  private GatewayListeners(Registered[] listeners) {
    this.listeners = listeners;
  }

  /** No listener. */
  public static GatewayListeners none() {
    return NONE;
  }

  /** {@code listeners}, in this order. */
  public static GatewayListeners of(GatewayListener... listeners) {
    GatewayListeners all = NONE;
    for (GatewayListener listener : Objects.requireNonNull(listeners, "listeners == null")) {
      all = all.with(listener);
    }
    return all;
  }

  /** A copy with {@code listener} added after the others. */
  public GatewayListeners with(GatewayListener listener) {
    Objects.requireNonNull(listener, "listener == null");
    Registered[] more = Arrays.copyOf(listeners, listeners.length + 1);
    more[listeners.length] = new Registered(listener);
    return new GatewayListeners(more);
  }

  /** How many listeners there are. */
  public int size() {
    return listeners.length;
  }

  /** True when there is no listener. */
  public boolean isEmpty() {
    return listeners.length == 0;
  }

  /**
   * Begins observing one gateway call: reports {@link GatewayEvent.CallStarted} and returns the
   * call's trace, which reports the rest.
   */
  public CallTrace start(Endpoint endpoint) {
    Objects.requireNonNull(endpoint, "endpoint == null");
    if (listeners.length == 0) {
      return CallTrace.OFF;
    }
    CallTrace trace = new CallTrace(this, callIds.incrementAndGet(), endpoint);
    fire(new GatewayEvent.CallStarted(trace.callId(), endpoint));
    return trace;
  }

  void fire(GatewayEvent event) {
    for (Registered registered : listeners) {
      registered.hear(event);
    }
  }

  @Override
  public String toString() {
    return "GatewayListeners[" + listeners.length + "]";
  }

  /** One listener, with whether its failure has been logged. */
  private static final class Registered {
    private final GatewayListener listener;
    private final AtomicBoolean failureLogged = new AtomicBoolean();

    Registered(GatewayListener listener) {
      this.listener = listener;
    }

    void hear(GatewayEvent event) {
      try {
        listener.on(event);
      } catch (RuntimeException | LinkageError | AssertionError e) {
        if (failureLogged.compareAndSet(false, true)) {
          LOG.log(Level.WARNING, "the gateway listener " + listener.getClass().getName() + " threw on "
              + event.getClass().getSimpleName() + "; the call went on, and later failures of this listener are not logged", e);
        }
      }
    }
  }
}
