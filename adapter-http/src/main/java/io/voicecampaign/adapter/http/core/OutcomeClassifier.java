package io.voicecampaign.adapter.http.core;

import com.squareup.moshi.JsonAdapter;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.domain.shared.PlatformCode;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;

/**
 * Judges an {@link Answer}: code 0 on HTTP 2xx is accepted; every other answer, and every lost call,
 * becomes exactly one {@link GatewayFailure} with what is known about whether the platform acted.
 * See {@code WIRE.md} for the table this implements.
 */
final class OutcomeClassifier {

  private static final int MAX_MESSAGE = 200;

  private final Redaction redaction;
  private final long maxResponseBytes;

  OutcomeClassifier(Redaction redaction, long maxResponseBytes) {
    this.redaction = redaction;
    this.maxResponseBytes = maxResponseBytes;
  }

  /**
   * Judges {@code answer}, reading an accepted answer's data with {@code data} in the same pass when
   * given (null: data kept raw).
   */
  Outcome classify(Answer answer, JsonAdapter<?> data) {
    if (answer instanceof Answer.Lost lost) {
      return lost(lost);
    }
    Answer.Received received = (Answer.Received) answer;
    if (received.oversized()) {
      return new Outcome.Failed(malformed("HTTP " + received.status() + " with a body larger than " + maxResponseBytes + " bytes", received),
          received.isSuccessful() ? Delivery.UNKNOWN : Delivery.NOT_PROCESSED, false, Option.none(), false, serverDate(received));
    }
    Either<String, Envelope> envelope = EnvelopeReader.read(received.body(), data);
    if (envelope.isRight()) {
      Envelope e = envelope.get();
      if (e.code() != 0) {
        return platformCode(e, received, serverDate(received));
      }
      if (received.isSuccessful()) {
        return new Outcome.Accepted(e);
      }
    }
    String notEnvelope = envelope.isLeft() ? envelope.getLeft() : "it says success";
    return httpStatus(received, notEnvelope, serverDate(received));
  }

  /** The platform's time from a failed answer, which a refused timestamp (-16) corrects the clock by. */
  private static Option<Instant> serverDate(Answer.Received received) {
    return received.fromCache() ? Option.none() : received.date();
  }

  private Outcome platformCode(Envelope e, Answer.Received received, Option<Instant> serverDate) {
    Option<Duration> retryAfter = received.retryAfter();
    GatewayFailure failure = GatewayFailure.fromPlatform(PlatformCode.of(e.code()), message(e.message()), retryAfter);
    if (failure instanceof GatewayFailure.Rejected) {
      return new Outcome.Failed(failure, Delivery.REFUSED, false, retryAfter, false, serverDate);
    }
    if (failure instanceof GatewayFailure.Unavailable) {
      return new Outcome.Failed(failure, Delivery.UNKNOWN, true, retryAfter, false, serverDate);
    }
    boolean clockSkew = failure instanceof GatewayFailure.ClockSkew;
    return new Outcome.Failed(failure, Delivery.NOT_PROCESSED, false, retryAfter, clockSkew, serverDate);
  }

  private Outcome httpStatus(Answer.Received received, String notEnvelope, Option<Instant> serverDate) {
    int status = received.status();
    String http = "HTTP " + status + (received.statusText().isEmpty() ? "" : " " + message(received.statusText()));
    Option<Duration> retryAfter = received.retryAfter();
    if (received.isSuccessful()) {
      return new Outcome.Failed(malformed(http + ": " + notEnvelope, received), Delivery.UNKNOWN, false, Option.none(), false, serverDate);
    }
    if (status == 401 || status == 403) {
      return new Outcome.Failed(new GatewayFailure.Unauthorized(http), Delivery.NOT_PROCESSED, false, retryAfter, false, serverDate);
    }
    if (status == 408 || status == 429) {
      String why = status == 429 ? "too many requests" : "the platform timed out waiting for the request";
      return new Outcome.Failed(new GatewayFailure.Unavailable(http + " (" + why + ")", retryAfter),
          Delivery.NOT_PROCESSED, true, retryAfter, false, serverDate);
    }
    if (status >= 500 && status < 600) {
      return new Outcome.Failed(new GatewayFailure.Unavailable(http, retryAfter), Delivery.UNKNOWN, true, retryAfter, false, serverDate);
    }
    String hint = status == 404 || status == 405 ? " (check the base URL and the endpoint's path prefix)"
        : status >= 300 && status < 400 ? " (redirects are not followed: check the base URL)" : "";
    return new Outcome.Failed(malformed(http + hint + "; " + notEnvelope, received), Delivery.NOT_PROCESSED, false,
        Option.none(), false, serverDate);
  }

  private Outcome lost(Answer.Lost lost) {
    Delivery delivery = lost.requestSent() ? Delivery.UNKNOWN : Delivery.NOT_SENT;
    String detail = redaction.text(lost.detail());
    Duration waited = lost.waited();
    GatewayFailure failure;
    boolean passing = true;
    switch (lost.fault()) {
      case CONNECT:
        failure = new GatewayFailure.Unavailable("could not connect (" + detail + ")", Option.none());
        break;
      case CONNECT_TIMEOUT:
        failure = new GatewayFailure.TimedOut("connecting timed out", waited);
        break;
      case TIMEOUT:
        failure = new GatewayFailure.TimedOut(lost.responseStarted() ? "the answer stalled past the read timeout"
            : lost.requestSent() ? "no answer within the read timeout" : "sending the request timed out", waited);
        break;
      case CALL_TIMEOUT:
        failure = new GatewayFailure.TimedOut("the whole-call timeout expired", waited);
        break;
      case CONNECTION_LOST:
        failure = new GatewayFailure.Unavailable((lost.responseStarted() ? "the answer was cut off"
            : lost.requestSent() ? "the connection was lost after the request was sent" : "the connection was lost before the request was sent")
            + " (" + detail + ")", Option.none());
        break;
      case TLS:
        failure = new GatewayFailure.Unavailable("TLS failed (" + detail + ")", Option.none());
        passing = false;
        break;
      default:
        failure = new GatewayFailure.Unavailable("the HTTP client failed (" + detail + ")", Option.none());
        passing = false;
    }
    return new Outcome.Failed(failure, delivery, passing, Option.none(), false, Option.none());
  }

  private GatewayFailure.MalformedResponse malformed(String reason, Answer.Received received) {
    return new GatewayFailure.MalformedResponse(reason, redaction.snippet(received.body()));
  }

  /** A platform-supplied text, redacted and bounded. */
  String message(String text) {
    String redacted = redaction.untrusted(text.strip());
    return redacted.length() > MAX_MESSAGE ? redacted.substring(0, MAX_MESSAGE) + "..." : redacted;
  }
}
