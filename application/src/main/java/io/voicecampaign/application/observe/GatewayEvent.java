package io.voicecampaign.application.observe;

import io.vavr.control.Option;
import java.time.Duration;
import java.util.Objects;

/**
 * One thing a gateway did. A call to the platform gives, in order: {@link CallStarted}; per attempt
 * {@link AttemptSent} then {@link AttemptFailed} or {@link AnswerDecoded}; before each further
 * attempt {@link RetryScheduled}; last {@link CallFinished}. All events of one call share its
 * {@link #callId()}. A call may make calls of its own (a launch whose outcome is unknown looks its
 * task up by name); those have their own ids and come between the outer call's events.
 *
 * <p>Events carry no message, request or answer: never a secret, a Sign or a phone number.
 */
public sealed interface GatewayEvent {

  /** The call's id, unique among the calls of one set of listeners. */
  long callId();

  /** The operation the call performs. */
  Endpoint endpoint();

  /**
   * A gateway call began.
   *
   * @param callId   the call's id
   * @param endpoint its operation
   */
  record CallStarted(long callId, Endpoint endpoint) implements GatewayEvent {
    public CallStarted {
      Objects.requireNonNull(endpoint, "endpoint == null");
    }
  }

  /**
   * An attempt was handed to the transport.
   *
   * @param callId   the call's id
   * @param endpoint its operation
   * @param attempt  1 for the first attempt
   */
  record AttemptSent(long callId, Endpoint endpoint, int attempt) implements GatewayEvent {
    public AttemptSent {
      Objects.requireNonNull(endpoint, "endpoint == null");
    }
  }

  /**
   * An attempt failed.
   *
   * @param callId   the call's id
   * @param endpoint its operation
   * @param attempt  the attempt's number
   * @param reason   why
   * @param took     from sending to the failure
   */
  record AttemptFailed(long callId, Endpoint endpoint, int attempt, FailureReason reason, Duration took)
      implements GatewayEvent {
    public AttemptFailed {
      Objects.requireNonNull(endpoint, "endpoint == null");
      Objects.requireNonNull(reason, "reason == null");
      Objects.requireNonNull(took, "took == null");
    }
  }

  /**
   * Another attempt will be made after {@code delay}.
   *
   * @param callId      the call's id
   * @param endpoint    its operation
   * @param nextAttempt the number of the attempt to come
   * @param reason      why the last attempt failed
   * @param delay       the pause before it (zero for an immediate re-signed retry after -16)
   */
  record RetryScheduled(long callId, Endpoint endpoint, int nextAttempt, FailureReason reason, Duration delay)
      implements GatewayEvent {
    public RetryScheduled {
      Objects.requireNonNull(endpoint, "endpoint == null");
      Objects.requireNonNull(reason, "reason == null");
      Objects.requireNonNull(delay, "delay == null");
    }
  }

  /**
   * The platform accepted an attempt and its answer was read.
   *
   * @param callId   the call's id
   * @param endpoint its operation
   * @param attempt  the attempt's number
   * @param took     from sending to the read answer
   */
  record AnswerDecoded(long callId, Endpoint endpoint, int attempt, Duration took) implements GatewayEvent {
    public AnswerDecoded {
      Objects.requireNonNull(endpoint, "endpoint == null");
      Objects.requireNonNull(took, "took == null");
    }
  }

  /**
   * The gateway call ended.
   *
   * @param callId   the call's id
   * @param endpoint its operation
   * @param failure  why it failed; empty when it succeeded
   * @param attempts the attempts it made (0 when nothing was sent)
   * @param duration from {@link CallStarted} to now
   */
  record CallFinished(long callId, Endpoint endpoint, Option<FailureReason> failure, int attempts, Duration duration)
      implements GatewayEvent {
    public CallFinished {
      Objects.requireNonNull(endpoint, "endpoint == null");
      Objects.requireNonNull(failure, "failure == null");
      Objects.requireNonNull(duration, "duration == null");
    }

    /** True when the call succeeded. */
    public boolean succeeded() {
      return failure.isEmpty();
    }

    /** {@code "success"}, or the failure's kind as a tag ({@code "unavailable"}). */
    public String outcome() {
      return failure.map(reason -> reason.kind().tag()).getOrElse("success");
    }
  }
}
