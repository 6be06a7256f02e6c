package io.voicecampaign.domain.archfixtures;

import java.time.Instant;
import java.util.Random;
import okhttp3.HttpUrl;

/** A "domain" class doing everything the domain must not: hidden time, randomness, transport, mutable state. */
public class ClockReadingValue {

  private int readings;

  /** Reads the system clock. */
  public Instant stamp() {
    readings++;
    return Instant.now();
  }

  /** Rolls a die. */
  public int roll() {
    return new Random(readings).nextInt(6);
  }

  /** Knows the transport. */
  public HttpUrl endpoint() {
    return HttpUrl.get("http://127.0.0.1/");
  }
}
