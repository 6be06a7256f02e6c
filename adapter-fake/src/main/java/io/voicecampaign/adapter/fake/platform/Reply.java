package io.voicecampaign.adapter.fake.platform;

import io.voicecampaign.adapter.fake.fault.Fault;
import io.voicecampaign.domain.shared.PlatformCode;
import java.util.Objects;

/**
 * What the simulated platform answers to one request, before any transport renders it: a success
 * with a value, a refusal with the platform's code and reason, or a lost answer (an injected
 * transport fault).
 *
 * @param <T> the value of a success
 */
public sealed interface Reply<T> {

  /** A success carrying {@code value}. */
  static <T> Reply<T> ok(T value) {
    return new Ok<>(value);
  }

  /** A refusal with {@code code} and {@code reason}. */
  static <T> Reply<T> refused(PlatformCode code, String reason) {
    return new Refused<>(code, reason);
  }

  /**
   * The platform did what was asked ({@code code} 0).
   *
   * @param value what it returned
   */
  record Ok<T>(T value) implements Reply<T> {
    public Ok {
      Objects.requireNonNull(value, "value == null");
    }
  }

  /**
   * The platform refused with a non-zero code and changed nothing.
   *
   * @param code   the platform's code
   * @param reason the platform's message, naming the field, value and rule where there is one
   */
  record Refused<T>(PlatformCode code, String reason) implements Reply<T> {
    public Refused {
      Objects.requireNonNull(code, "code == null");
      Objects.requireNonNull(reason, "reason == null");
    }
  }

  /**
   * The answer was lost on the way; {@link Fault.Transport#applied()} says whether the platform
   * carried the request out.
   *
   * @param fault the injected transport fault
   */
  record Interrupted<T>(Fault.Transport fault) implements Reply<T> {
    public Interrupted {
      Objects.requireNonNull(fault, "fault == null");
    }
  }
}
