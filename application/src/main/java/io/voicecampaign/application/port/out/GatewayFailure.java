package io.voicecampaign.application.port.out;

import io.voicecampaign.domain.shared.PlatformCode;
import io.voicecampaign.domain.shared.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Objects;

/**
 * Why a gateway call did not succeed. Every outcome other than success is one of these values; no
 * gateway throws for a platform, network or parsing problem. None of them carries a secret.
 */
public sealed interface GatewayFailure {

  /** A one-line explanation for logs and users. */
  String message();

  /**
   * True when the platform may have acted on the request although no answer says so: the outcome is
   * unknown ({@link OutcomeUnknown}), the call timed out ({@link TimedOut}) or the platform was
   * unavailable ({@link Unavailable}). A write that ends so is settled by reading what the platform
   * holds, never by sending it again blindly.
   */
  default boolean mayHaveActed() {
    return this instanceof OutcomeUnknown || this instanceof TimedOut || this instanceof Unavailable;
  }

  /** True when sending the same request again may succeed. */
  boolean retryable();

  /**
   * The failure the platform's non-zero {@code code} means, on every transport: -1 {@link Unauthorized},
   * -2 {@link IpNotAllowed}, -16 {@link ClockSkew}, -18 {@link Unavailable} (the platform may have
   * acted), any other code {@link Rejected}.
   *
   * @param code    the platform's code, not 0
   * @param message the platform's message ({@code msg} / {@code reason}), possibly empty; it must hold no secret
   */
  static GatewayFailure fromPlatform(PlatformCode code, String message) {
    return fromPlatform(code, message, Option.none());
  }

  /**
   * As {@link #fromPlatform(PlatformCode, String)}, with the wait the answer asked for, which an
   * {@link Unavailable} keeps.
   */
  static GatewayFailure fromPlatform(PlatformCode code, String message, Option<Duration> retryAfter) {
    Objects.requireNonNull(code, "code == null");
    Objects.requireNonNull(message, "message == null");
    Objects.requireNonNull(retryAfter, "retryAfter == null");
    if (code.equals(PlatformCode.SUCCESS)) {
      throw new IllegalArgumentException("code 0 is a success, not a failure");
    }
    String detail = code + (message.isEmpty() ? "" : " " + message);
    switch (code.code()) {
      case -1:
        return new Unauthorized(detail);
      case -2:
        return new IpNotAllowed(detail);
      case -16:
        return new ClockSkew(detail);
      case -18:
        return new Unavailable("the platform reported " + detail, retryAfter);
      default:
        return new Rejected(code, message);
    }
  }

  /**
   * The platform answered with a non-zero code other than the ones below.
   *
   * @param code    the platform's code
   * @param message the platform's message ({@code msg} / {@code reason}), possibly empty
   */
  record Rejected(PlatformCode code, String message) implements GatewayFailure {
    public Rejected {
      Objects.requireNonNull(code, "code == null");
      Objects.requireNonNull(message, "message == null");
    }

    @Override
    public String message() {
      return "the platform refused the request: " + code + " " + code.meaning() + (message.isEmpty() ? "" : " (" + message + ")");
    }

    @Override
    public boolean retryable() {
      return code.retryable();
    }
  }

  /**
   * The request was not sent because it breaks the platform's rules.
   *
   * @param violations every broken rule
   */
  record InvalidRequest(Seq<Violation> violations) implements GatewayFailure {
    public InvalidRequest {
      Objects.requireNonNull(violations, "violations == null");
    }

    @Override
    public String message() {
      return "the request breaks " + violations.size() + " rule(s): " + violations.mkString("; ");
    }

    @Override
    public boolean retryable() {
      return false;
    }
  }

  /**
   * The platform did not accept the credentials or the signature (-1, or HTTP 401/403).
   *
   * @param detail what the platform said
   */
  record Unauthorized(String detail) implements GatewayFailure {
    @Override
    public String message() {
      return "the platform refused the credentials (API key, secret or signature): " + detail;
    }

    @Override
    public boolean retryable() {
      return false;
    }
  }

  /**
   * The platform does not accept calls from this machine's IP address (-2).
   *
   * @param detail what the platform said
   */
  record IpNotAllowed(String detail) implements GatewayFailure {
    @Override
    public String message() {
      return "the platform does not accept this IP address; ask for it to be whitelisted: " + detail;
    }

    @Override
    public boolean retryable() {
      return false;
    }
  }

  /**
   * The platform found the request's timestamp outside its window (-16) even after correcting for
   * its clock.
   *
   * @param detail what the platform said
   */
  record ClockSkew(String detail) implements GatewayFailure {
    @Override
    public String message() {
      return "the platform says the request timestamp expired; check this machine's clock: " + detail;
    }

    @Override
    public boolean retryable() {
      return true;
    }
  }

  /**
   * The platform could not be reached or answered that it is overloaded or failing (connection
   * refused or reset before the request was sent, HTTP 429 or 5xx on a read, -18).
   *
   * @param reason     what happened
   * @param retryAfter how long the platform asked to wait, if it said
   */
  record Unavailable(String reason, Option<Duration> retryAfter) implements GatewayFailure {
    public Unavailable {
      Objects.requireNonNull(reason, "reason == null");
      Objects.requireNonNull(retryAfter, "retryAfter == null");
    }

    @Override
    public String message() {
      return "the platform is unavailable: " + reason + retryAfter.map(d -> " (retry after " + d + ")").getOrElse("");
    }

    @Override
    public boolean retryable() {
      return true;
    }
  }

  /**
   * No answer came within the configured time.
   *
   * @param reason what timed out
   * @param after  how long the call waited
   */
  record TimedOut(String reason, Duration after) implements GatewayFailure {
    @Override
    public String message() {
      return "no answer from the platform after " + after + ": " + reason;
    }

    @Override
    public boolean retryable() {
      return true;
    }
  }

  /**
   * A create was sent but whether the platform made the task is not known, and it could not be
   * found by its name either. Sending it again could create it twice.
   *
   * @param reason what happened
   */
  record OutcomeUnknown(String reason) implements GatewayFailure {
    @Override
    public String message() {
      return "the platform may or may not have created the task: " + reason;
    }

    @Override
    public boolean retryable() {
      return false;
    }
  }

  /**
   * The platform's answer could not be understood (not JSON, truncated, wrong types, missing fields).
   *
   * @param reason  what was wrong
   * @param snippet the start of the body with secrets and phone numbers redacted
   */
  record MalformedResponse(String reason, String snippet) implements GatewayFailure {
    @Override
    public String message() {
      return "the platform's answer could not be read: " + reason + (snippet.isEmpty() ? "" : " [" + snippet + "]");
    }

    @Override
    public boolean retryable() {
      return false;
    }
  }
}
