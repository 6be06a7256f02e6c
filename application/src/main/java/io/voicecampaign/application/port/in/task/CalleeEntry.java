package io.voicecampaign.application.port.in.task;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One callee as a bulk launch's source gives it, not yet checked: a number and its texts by position
 * ({@code null} for an absent position). The bulk launch checks every entry before anything is sent.
 *
 * @param number the callee's number
 * @param texts  text1, text2, ...; may hold {@code null}s
 */
public record CalleeEntry(String number, List<String> texts) {
  public CalleeEntry {
    texts = texts == null ? List.of() : Collections.unmodifiableList(Arrays.asList(texts.toArray(String[]::new)));
  }

  /** The entry for {@code number} with {@code texts} as text1, text2, ... */
  public static CalleeEntry of(String number, String... texts) {
    return new CalleeEntry(number, texts == null ? List.of() : Arrays.asList(texts));
  }
}
