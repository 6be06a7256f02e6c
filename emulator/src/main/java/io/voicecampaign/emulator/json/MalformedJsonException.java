package io.voicecampaign.emulator.json;

import java.io.IOException;

/**
 * The input is not JSON as RFC 8259 defines it: a syntax error, a truncated document, bytes that are
 * not UTF-8, content after the document or nesting deeper than the reader allows. The message names
 * what was wrong and the byte offset where it was found.
 */
public final class MalformedJsonException extends IOException {

  private static final long serialVersionUID = 1L;

  /** A syntax error described by {@code message}. */
  public MalformedJsonException(String message) {
    super(message);
  }
}
