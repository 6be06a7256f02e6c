package io.voicecampaign.adapter.http.support;

/**
 * A platform answer that parsed as JSON but cannot be mapped to the domain: a required field is
 * missing, or a value breaks a domain rule. The transport turns it into a malformed-response failure;
 * it never reaches a caller.
 */
public final class WireProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A problem described by {@code reason}, which names the field and never holds a secret. */
  public WireProblem(String reason) {
    super(reason, null, false, false);
  }

  /** The problem of a required field that is absent or null. */
  public static WireProblem missing(String field) {
    return new WireProblem(field + " is missing");
  }

  /** {@code value}, or a {@link #missing(String)} problem when it is null. */
  public static <T> T required(String field, T value) {
    if (value == null) {
      throw missing(field);
    }
    return value;
  }
}
