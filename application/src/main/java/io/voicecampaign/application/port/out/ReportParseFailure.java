package io.voicecampaign.application.port.out;

import java.util.Objects;

/**
 * Why a pushed report batch could not be read. Every problem with the body is one of these values:
 * a {@link CallReportDecoder} never throws for it. No failure carries a phone number: a decoder
 * masks every run of six or more digits in a reason or snippet.
 */
public sealed interface ReportParseFailure {

  /** A one-line explanation for logs, with the snippet when there is one. */
  String message();

  /** The start of the body, redacted; empty when there is nothing to show. */
  String snippet();

  /**
   * The body is not JSON: empty, truncated, not JSON at all (e.g. an HTML page), or followed by
   * trailing content.
   *
   * @param reason  what was wrong
   * @param snippet the start of the body, redacted
   */
  record MalformedJson(String reason, String snippet) implements ReportParseFailure {
    public MalformedJson {
      Objects.requireNonNull(reason, "reason == null");
      Objects.requireNonNull(snippet, "snippet == null");
    }

    @Override
    public String message() {
      return "the report body is not valid JSON: " + reason + (snippet.isEmpty() ? "" : " [" + snippet + "]");
    }
  }

  /**
   * The body is JSON but not a batch of call reports: the top level is neither an array nor an
   * object, an element is not an object, a field has a type or a value that cannot be read (an
   * object where a number belongs, a time in no known format), or a report has no id.
   *
   * @param path    where in the body, as a JSON path ({@code $[3].answerTime})
   * @param reason  what was wrong there
   * @param snippet the start of the body, redacted
   */
  record UnexpectedContent(String path, String reason, String snippet) implements ReportParseFailure {
    public UnexpectedContent {
      Objects.requireNonNull(path, "path == null");
      Objects.requireNonNull(reason, "reason == null");
      Objects.requireNonNull(snippet, "snippet == null");
    }

    @Override
    public String message() {
      return "the report body is not a batch of call reports at " + path + ": " + reason
          + (snippet.isEmpty() ? "" : " [" + snippet + "]");
    }
  }

  /**
   * The body is larger than the parser accepts; it was not parsed.
   *
   * @param limitBytes the largest body accepted
   * @param snippet    the start of the body, redacted
   */
  record TooLarge(long limitBytes, String snippet) implements ReportParseFailure {
    public TooLarge {
      Objects.requireNonNull(snippet, "snippet == null");
    }

    @Override
    public String message() {
      return "the report body is larger than " + limitBytes + " bytes" + (snippet.isEmpty() ? "" : " [" + snippet + "]");
    }
  }

  /**
   * The body's stream failed while it was read.
   *
   * @param reason what the stream reported
   */
  record Unreadable(String reason) implements ReportParseFailure {
    public Unreadable {
      Objects.requireNonNull(reason, "reason == null");
    }

    @Override
    public String message() {
      return "the report body could not be read: " + reason;
    }

    @Override
    public String snippet() {
      return "";
    }
  }
}
