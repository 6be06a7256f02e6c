package io.voicecampaign.adapter.fake.archfixtures;

import com.fasterxml.jackson.core.JsonFactory;

/** A fake adapter class reaching for the emulator's JSON library. */
public final class FakeUsingJackson {

  /** Builds a Jackson factory. */
  public static JsonFactory json() {
    return new JsonFactory();
  }
}
