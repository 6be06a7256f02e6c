package io.voicecampaign.application.port.in.report;

import io.voicecampaign.application.port.out.ReportParseFailure;
import java.util.Objects;

/**
 * What a delivery of the status-report push comes to, and the HTTP status to reply with: 200 tells
 * the platform the reports are safe, anything else makes it deliver the batch again. Every answer
 * counts the delivery's reports: {@link #newRecords()} handed to the handler, {@link #duplicates()}
 * handled before or repeated within the batch. {@link #reason()} is one line fit for the reply's
 * body and for logs: it carries no phone number and no secret.
 */
public sealed interface ReportAnswer {

  /** The HTTP status to reply with. */
  int status();

  /** One line saying what happened. */
  String reason();

  /** The reports handed to the handler by this delivery (for a failed handler: handed and released). */
  int newRecords();

  /** The reports handled before, or repeated within this batch after their first occurrence. */
  int duplicates();

  /** True for the one answer that tells the platform the batch is safe. */
  default boolean accepted() {
    return status() == 200;
  }

  /**
   * 200: the handler took the new reports, or there were none (every report a duplicate).
   *
   * @param newRecords the reports handed
   * @param duplicates the reports handled before or repeated in the batch
   */
  record Accepted(int newRecords, int duplicates) implements ReportAnswer {
    public Accepted {
      counts(newRecords, duplicates);
    }

    @Override
    public int status() {
      return 200;
    }

    @Override
    public String reason() {
      return "accepted " + newRecords + " new reports, " + duplicates + " duplicates";
    }
  }

  /**
   * 500: the handler threw; its reports were released, so the platform's next delivery hands them
   * again.
   *
   * @param newRecords the reports handed and released
   * @param duplicates the reports handled before or repeated in the batch
   * @param cause      what the handler threw
   */
  record HandlerFailed(int newRecords, int duplicates, Exception cause) implements ReportAnswer {
    public HandlerFailed {
      counts(newRecords, duplicates);
      Objects.requireNonNull(cause, "cause == null");
    }

    @Override
    public int status() {
      return 500;
    }

    @Override
    public String reason() {
      return "the handler refused " + newRecords + " reports (" + cause.getClass().getName() + "); deliver them again";
    }
  }

  /**
   * 503: some reports are being handled by another delivery of them that has not finished; this
   * delivery handed the rest. Answered so that the platform delivers again, by when the other
   * delivery has committed them (then duplicates) or released them (then handed).
   *
   * @param newRecords the reports this delivery handed (and committed)
   * @param duplicates the reports handled before or repeated in the batch
   * @param inFlight   the reports another delivery holds
   */
  record InFlight(int newRecords, int duplicates, int inFlight) implements ReportAnswer {
    public InFlight {
      counts(newRecords, duplicates);
      if (inFlight < 1) {
        throw new IllegalArgumentException("inFlight must be at least 1: " + inFlight);
      }
    }

    @Override
    public int status() {
      return 503;
    }

    @Override
    public String reason() {
      return inFlight + " reports are being handled by another delivery; " + newRecords + " new reports accepted; deliver again";
    }
  }

  /** An answer to a delivery of which nothing was handed to the handler: both counts are 0. */
  sealed interface NothingHanded extends ReportAnswer permits LedgerFailed, Malformed, TooLarge {
    @Override
    default int newRecords() {
      return 0;
    }

    @Override
    default int duplicates() {
      return 0;
    }
  }

  /**
   * 503: the ledger failed to claim the reports; nothing was handed.
   *
   * @param cause what the ledger threw
   */
  record LedgerFailed(RuntimeException cause) implements NothingHanded {
    public LedgerFailed {
      Objects.requireNonNull(cause, "cause == null");
    }

    @Override
    public int status() {
      return 503;
    }

    @Override
    public String reason() {
      return "the report ledger failed (" + cause.getClass().getName() + "); deliver again";
    }
  }

  /**
   * 400: the body is not a batch of call reports (empty, not JSON, truncated, an HTML page, the
   * wrong shape or types) or its stream failed; nothing was handed.
   *
   * @param failure why, as the decoder says
   */
  record Malformed(ReportParseFailure failure) implements NothingHanded {
    public Malformed {
      Objects.requireNonNull(failure, "failure == null");
      if (failure instanceof ReportParseFailure.TooLarge) {
        throw new IllegalArgumentException("a body over the size limit is TooLarge, not Malformed");
      }
    }

    @Override
    public int status() {
      return 400;
    }

    @Override
    public String reason() {
      return failure.message();
    }
  }

  /**
   * 413: the body is larger than the decoder reads; nothing was handed.
   *
   * @param failure the limit, and the start of the body
   */
  record TooLarge(ReportParseFailure.TooLarge failure) implements NothingHanded {
    public TooLarge {
      Objects.requireNonNull(failure, "failure == null");
    }

    @Override
    public int status() {
      return 413;
    }

    @Override
    public String reason() {
      return "the report body is larger than " + failure.limitBytes() + " bytes";
    }
  }

  private static void counts(int newRecords, int duplicates) {
    if (newRecords < 0 || duplicates < 0) {
      throw new IllegalArgumentException("counts must not be negative: newRecords " + newRecords + ", duplicates " + duplicates);
    }
  }
}
