package io.voicecampaign.application.archfixtures;

import com.squareup.moshi.Moshi;

/** Hand-written application code reaching for JSON. */
public final class HandWrittenService {

  /** Builds a Moshi. */
  public static Moshi json() {
    return new Moshi.Builder().build();
  }
}
