package io.voicecampaign.application.port.in;

import java.util.Objects;

/**
 * A use case's {@link Failure} as an unchecked exception, for callers who would rather throw than
 * match on an {@code Either}:
 *
 * <pre>{@code
 * TaskId id = sdk.launchCampaign().launch(command).getOrElseThrow(Failure::toException);
 * }</pre>
 *
 * <p>The failure travels whole ({@link #failure()}), so a handler can still switch on its type. The
 * message is the failure's own, which never holds a secret.
 */
public final class VoiceCampaignsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Failure failure;

  /** The exception carrying {@code failure}. */
  public VoiceCampaignsException(Failure failure) {
    super(Objects.requireNonNull(failure, "failure == null").message());
    this.failure = failure;
  }

  /** Why the use case did not succeed. */
  public Failure failure() {
    return failure;
  }
}
