package io.voicecampaign.adapter.fake.fault;

import io.voicecampaign.domain.shared.PlatformCode;
import java.time.Duration;
import java.util.Objects;

/**
 * How an injected call misbehaves. A fault is described in transport-neutral terms, so the in-process
 * gateways and a server in front of the simulator can render the same fault their own way.
 *
 * <ul>
 *   <li>{@link Answer}: the platform answers with a non-zero code; nothing changes.</li>
 *   <li>{@link Latency}: the call takes this much (virtual) time, then runs normally.</li>
 *   <li>{@link Transport} faults: the answer is lost. {@link Unavailable} never reaches the platform;
 *       {@link TimedOut} and {@link OutcomeUnknown} may have been carried out behind the lost answer
 *       ({@link Transport#applied()}).</li>
 * </ul>
 */
public sealed interface Fault {

  /** The platform answers {@code code} with {@code reason}. */
  static Fault answer(PlatformCode code, String reason) {
    return new Answer(code, reason);
  }

  /** The platform cannot be reached; the request never arrives. */
  static Fault unavailable(String reason) {
    return new Unavailable(reason);
  }

  /** No answer within {@code after}; with {@code applied} the platform carried the request out anyway. */
  static Fault timedOut(Duration after, boolean applied) {
    return new TimedOut(after, applied);
  }

  /** The answer is lost and nobody can tell the outcome; with {@code applied} the platform carried it out. */
  static Fault outcomeUnknown(String reason, boolean applied) {
    return new OutcomeUnknown(reason, applied);
  }

  /** The call takes {@code delay} of virtual time longer, then runs normally. */
  static Fault latency(Duration delay) {
    return new Latency(delay);
  }

  /**
   * The platform answers with a non-zero code and changes nothing.
   *
   * @param code   the code, not {@link PlatformCode#SUCCESS}
   * @param reason the message ({@code msg} / {@code reason})
   */
  record Answer(PlatformCode code, String reason) implements Fault {
    public Answer {
      Objects.requireNonNull(code, "code == null");
      Objects.requireNonNull(reason, "reason == null");
      if (code.isSuccess()) {
        throw new IllegalArgumentException("an injected answer must be a failure code, not " + code);
      }
    }
  }

  /**
   * The call takes {@code delay} of virtual time before the platform handles it.
   *
   * @param delay a non-negative duration
   */
  record Latency(Duration delay) implements Fault {
    public Latency {
      Objects.requireNonNull(delay, "delay == null");
      if (delay.isNegative()) {
        throw new IllegalArgumentException("latency must not be negative: " + delay);
      }
    }
  }

  /** A fault in which the answer never reaches the caller. */
  sealed interface Transport extends Fault {
    /** True when the platform carried the request out behind the lost answer. */
    boolean applied();

    /** What happened, in a sentence. */
    String reason();
  }

  /**
   * The platform cannot be reached (connection refused, 503); the request never arrives.
   *
   * @param reason what happened
   */
  record Unavailable(String reason) implements Transport {
    public Unavailable {
      Objects.requireNonNull(reason, "reason == null");
    }

    @Override
    public boolean applied() {
      return false;
    }
  }

  /**
   * No answer within {@code after}; the virtual clock moves on by that much.
   *
   * @param after   how long the caller waited
   * @param applied whether the platform carried the request out
   */
  record TimedOut(Duration after, boolean applied) implements Transport {
    public TimedOut {
      Objects.requireNonNull(after, "after == null");
      if (after.isNegative()) {
        throw new IllegalArgumentException("a timeout must not be negative: " + after);
      }
    }

    @Override
    public String reason() {
      return "no answer from the simulated platform within " + after;
    }
  }

  /**
   * The answer was lost (connection reset after the request was sent).
   *
   * @param reason  what happened
   * @param applied whether the platform carried the request out
   */
  record OutcomeUnknown(String reason, boolean applied) implements Transport {
    public OutcomeUnknown {
      Objects.requireNonNull(reason, "reason == null");
    }
  }
}
