package io.voicecampaign.micrometer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.voicecampaign.application.observe.Endpoint;
import io.voicecampaign.application.observe.FailureReason;
import io.voicecampaign.application.observe.GatewayEvent;
import io.voicecampaign.application.observe.GatewayListener;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A {@link GatewayListener} that records the SDK's gateway calls in a Micrometer {@link MeterRegistry}:
 *
 * <ul>
 *   <li>{@value #CALLS}: a timer per {@code endpoint}, {@code outcome} ({@code success} or the failure's
 *       kind, e.g. {@code unavailable}) and {@code code} (the platform's code, e.g. {@code -37}, or
 *       {@code none});</li>
 *   <li>{@value #ATTEMPTS}: a counter of attempts sent, per {@code endpoint};</li>
 *   <li>{@value #ATTEMPT_FAILURES}: a counter of failed attempts per {@code endpoint}, {@code reason}
 *       (the failure's kind) and {@code code};</li>
 *   <li>{@value #RETRIES}: a counter of retries per {@code endpoint}, {@code reason} and {@code code}.</li>
 * </ul>
 *
 * <p>No gauge and no state per call: each event updates one meter, the call's duration and attempts
 * come with its last event. Tags take bounded values only (seven endpoints, nine kinds, the platform's
 * codes). Thread-safe; register one per registry:
 * {@code HttpConfig.builder()...listener(new GatewayMetrics(registry))}.
 */
public final class GatewayMetrics implements GatewayListener {

  /** The timer of whole gateway calls. */
  public static final String CALLS = "voicecampaign.gateway.calls";
  /** The counter of attempts sent. */
  public static final String ATTEMPTS = "voicecampaign.gateway.attempts";
  /** The counter of failed attempts. */
  public static final String ATTEMPT_FAILURES = "voicecampaign.gateway.attempt.failures";
  /** The counter of retries. */
  public static final String RETRIES = "voicecampaign.gateway.retries";

  private static final String SUCCESS = "success";
  private static final String NONE = "none";

  private final MeterRegistry registry;
  private final Counter[] attempts = new Counter[Endpoint.values().length];
  private final ConcurrentMap<Key, Timer> calls = new ConcurrentHashMap<>();
  private final ConcurrentMap<Key, Counter> failures = new ConcurrentHashMap<>();
  private final ConcurrentMap<Key, Counter> retries = new ConcurrentHashMap<>();

  /** Records into {@code registry}; the attempt counters are registered at once, at zero. */
  public GatewayMetrics(MeterRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry == null");
    for (Endpoint endpoint : Endpoint.values()) {
      attempts[endpoint.ordinal()] = Counter.builder(ATTEMPTS).description("attempts sent to the platform")
          .tag("endpoint", endpoint.tag()).register(registry);
    }
  }

  @Override
  public void on(GatewayEvent event) {
    if (event instanceof GatewayEvent.AttemptSent sent) {
      attempts[sent.endpoint().ordinal()].increment();
    } else if (event instanceof GatewayEvent.AttemptFailed failed) {
      failures.computeIfAbsent(Key.of(failed.endpoint(), failed.reason()), this::failureCounter).increment();
    } else if (event instanceof GatewayEvent.RetryScheduled retry) {
      retries.computeIfAbsent(Key.of(retry.endpoint(), retry.reason()), this::retryCounter).increment();
    } else if (event instanceof GatewayEvent.CallFinished finished) {
      Key key = finished.failure().isEmpty() ? Key.success(finished.endpoint()) : Key.of(finished.endpoint(), finished.failure().get());
      calls.computeIfAbsent(key, this::callTimer).record(finished.duration());
    }
  }

  private Timer callTimer(Key key) {
    return Timer.builder(CALLS).description("gateway calls to the platform, retries included")
        .tags(Tags.of("endpoint", key.endpoint.tag(), "outcome", key.outcome, "code", key.code)).register(registry);
  }

  private Counter failureCounter(Key key) {
    return Counter.builder(ATTEMPT_FAILURES).description("attempts that failed, by reason")
        .tags(Tags.of("endpoint", key.endpoint.tag(), "reason", key.outcome, "code", key.code)).register(registry);
  }

  private Counter retryCounter(Key key) {
    return Counter.builder(RETRIES).description("attempts repeated after a failure, by reason")
        .tags(Tags.of("endpoint", key.endpoint.tag(), "reason", key.outcome, "code", key.code)).register(registry);
  }

  @Override
  public String toString() {
    return "GatewayMetrics[" + registry.getClass().getSimpleName() + "]";
  }

  /** The tags of one meter: endpoint, outcome or reason, code. */
  private record Key(Endpoint endpoint, String outcome, String code) {
    static Key of(Endpoint endpoint, FailureReason reason) {
      return new Key(endpoint, reason.kind().tag(), reason.codeTag());
    }

    static Key success(Endpoint endpoint) {
      return new Key(endpoint, SUCCESS, NONE);
    }
  }
}
