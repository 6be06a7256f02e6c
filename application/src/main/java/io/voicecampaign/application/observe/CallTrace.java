package io.voicecampaign.application.observe;

import io.voicecampaign.application.port.out.GatewayFailure;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Objects;

/**
 * One gateway call under observation, from {@link GatewayListeners#start(Endpoint)} to
 * {@link #finish(Either)}: the transport reports each attempt, failure and retry to it, and it turns
 * them into {@link GatewayEvent}s with the call's id, attempt numbers and timings. Belongs to the
 * thread making the call; not thread-safe. When nobody listens, every method returns at once.
 */
public final class CallTrace {

  static final CallTrace OFF = new CallTrace(null, 0, Endpoint.LAUNCH);

  private final GatewayListeners listeners;
  private final long callId;
  private final Endpoint endpoint;
  private final long started = System.nanoTime();
  private long attemptStarted;
  private int attempts;
  private FailureReason lastFailure;

  CallTrace(GatewayListeners listeners, long callId, Endpoint endpoint) {
    this.listeners = listeners;
    this.callId = callId;
    this.endpoint = endpoint;
  }

  /** True when someone listens; false for the trace of an unobserved transport. */
  public boolean isOn() {
    return listeners != null;
  }

  /** The call's id (0 when nobody listens). */
  public long callId() {
    return callId;
  }

  /** The attempts reported so far. */
  public int attempts() {
    return attempts;
  }

  /** An attempt is being handed to the transport. */
  public void attemptSent() {
    if (listeners == null) {
      return;
    }
    attempts++;
    attemptStarted = System.nanoTime();
    listeners.fire(new GatewayEvent.AttemptSent(callId, endpoint, attempts));
  }

  /** The current attempt failed for {@code reason}. */
  public void attemptFailed(FailureReason reason) {
    Objects.requireNonNull(reason, "reason == null");
    if (listeners == null) {
      return;
    }
    lastFailure = reason;
    listeners.fire(new GatewayEvent.AttemptFailed(callId, endpoint, attempts, reason, since(attemptStarted)));
  }

  /** The platform accepted the current attempt and its answer was read. */
  public void answerDecoded() {
    if (listeners == null) {
      return;
    }
    listeners.fire(new GatewayEvent.AnswerDecoded(callId, endpoint, attempts, since(attemptStarted)));
  }

  /** Another attempt follows after {@code wait}, for the reason the last attempt failed. */
  public void retryScheduled(Duration wait) {
    Objects.requireNonNull(wait, "wait == null");
    if (listeners == null || lastFailure == null) {
      return;
    }
    listeners.fire(new GatewayEvent.RetryScheduled(callId, endpoint, attempts + 1, lastFailure, wait));
  }

  /**
   * Reports the end of the call with {@code result}'s outcome and returns {@code result}. A failure
   * of the same kind as the last failed attempt keeps that attempt's platform code.
   */
  public <T> Either<GatewayFailure, T> finish(Either<GatewayFailure, T> result) {
    Objects.requireNonNull(result, "result == null");
    if (listeners == null) {
      return result;
    }
    Option<FailureReason> failure = Option.none();
    if (result.isLeft()) {
      FailureReason reason = FailureReason.of(result.getLeft());
      failure = Option.some(lastFailure != null && lastFailure.kind() == reason.kind() && reason.code().isEmpty() ? lastFailure : reason);
    }
    listeners.fire(new GatewayEvent.CallFinished(callId, endpoint, failure, attempts, since(started)));
    return result;
  }

  private static Duration since(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }

  @Override
  public String toString() {
    return listeners == null ? "CallTrace[off]" : "CallTrace[" + callId + " " + endpoint + ", attempts=" + attempts + "]";
  }
}
