package io.voicecampaign.application.port.in;

import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.domain.recall.RecallRejection;
import io.voicecampaign.domain.shared.Violation;
import io.vavr.collection.Seq;
import java.time.Duration;
import java.util.Objects;

/**
 * Why a use case did not succeed: the input broke a rule, a domain rule refused the operation before
 * anything was sent, the platform or the transport failed, or a wait ran out of time. Use cases
 * return these as values and never throw for them.
 */
public sealed interface Failure {

  /** A one-line explanation for logs and users; it never holds a secret. */
  String message();

  /** This failure as an unchecked exception, for {@code either.getOrElseThrow(Failure::toException)}. */
  default VoiceCampaignsException toException() {
    return new VoiceCampaignsException(this);
  }

  /**
   * The input breaks the platform's rules; nothing was sent.
   *
   * @param violations every broken rule with its field path, value and rule
   */
  record InvalidInput(Seq<Violation> violations) implements Failure {
    public InvalidInput {
      Objects.requireNonNull(violations, "violations == null");
    }

    @Override
    public String message() {
      return violations.size() + " invalid field(s): " + violations.mkString("; ");
    }
  }

  /**
   * A recall-flow rule refused the operation; nothing was sent.
   *
   * @param rejection the rule and the state found
   */
  record RecallRefused(RecallRejection rejection) implements Failure {
    public RecallRefused {
      Objects.requireNonNull(rejection, "rejection == null");
    }

    @Override
    public String message() {
      return rejection.message();
    }
  }

  /**
   * What was asked for does not exist (e.g. no recall flow for a task).
   *
   * @param what a description of what was looked for
   */
  record NotFound(String what) implements Failure {
    @Override
    public String message() {
      return "not found: " + what;
    }
  }

  /**
   * A wait ended before its condition held.
   *
   * @param what   what was awaited
   * @param waited how long it waited
   */
  record DeadlineExceeded(String what, Duration waited) implements Failure {
    @Override
    public String message() {
      return "gave up after " + waited + " waiting for " + what;
    }
  }

  /**
   * The platform or the transport failed.
   *
   * @param cause the gateway's failure
   */
  record Gateway(GatewayFailure cause) implements Failure {
    public Gateway {
      Objects.requireNonNull(cause, "cause == null");
    }

    @Override
    public String message() {
      return cause.message();
    }
  }
}
