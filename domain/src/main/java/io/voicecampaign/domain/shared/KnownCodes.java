package io.voicecampaign.domain.shared;

import java.util.function.ToIntFunction;

/** Finds the documented constant of a platform code, for the {@code Known} enums of statuses and types. */
public final class KnownCodes {

  private KnownCodes() {}

  /**
   * The constant among {@code values} whose code is {@code code}, or {@code unknown}, which never
   * matches a code.
   */
  public static <E extends Enum<E>> E known(E[] values, ToIntFunction<E> codeOf, int code, E unknown) {
    for (E value : values) {
      if (value != unknown && codeOf.applyAsInt(value) == code) {
        return value;
      }
    }
    return unknown;
  }
}
