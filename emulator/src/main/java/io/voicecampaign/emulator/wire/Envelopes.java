package io.voicecampaign.emulator.wire;

import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Which {@link Envelope} an answer is wrapped in: {@code documented} (each endpoint as its page's
 * example), {@code random} (any of the four the vendor pages show, drawn from a seeded sequence), or
 * one fixed {@link Envelope} for every answer. Thread-safe.
 */
public final class Envelopes {

  /** The names the command line accepts, for the usage text. */
  public static final String NAMES = "documented, random, status-string, status-number, code-number, code-string";

  private final String name;
  private final Envelope fixed;
  private final SplittableRandom random;

  private Envelopes(String name, Envelope fixed, SplittableRandom random) {
    this.name = name;
    this.fixed = fixed;
    this.random = random;
  }

  /** Each endpoint in its page's envelope. */
  public static Envelopes documented() {
    return new Envelopes("documented", null, null);
  }

  /** Any envelope for any answer, from a sequence seeded with {@code seed}. */
  public static Envelopes random(long seed) {
    return new Envelopes("random", null, new SplittableRandom(seed));
  }

  /** {@code envelope} for every answer. */
  public static Envelopes fixed(Envelope envelope) {
    return new Envelopes(envelope.name().toLowerCase(Locale.ROOT).replace("_as_", "-"), envelope, null);
  }

  /** The mode named {@code name} (one of {@link #NAMES}), random ones seeded with {@code seed}. */
  public static Optional<Envelopes> named(String name, long seed) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    if (wanted.equals("documented")) {
      return Optional.of(documented());
    }
    if (wanted.equals("random")) {
      return Optional.of(random(seed));
    }
    for (Envelope envelope : Envelope.values()) {
      if (fixed(envelope).name.equals(wanted)) {
        return Optional.of(fixed(envelope));
      }
    }
    return Optional.empty();
  }

  /** The envelope of the next answer of an endpoint whose page shows {@code documented}. */
  public Envelope pick(Envelope documented) {
    if (fixed != null) {
      return fixed;
    }
    if (random == null) {
      return documented;
    }
    Envelope[] all = Envelope.values();
    synchronized (random) {
      return all[random.nextInt(all.length)];
    }
  }

  /** The mode's name, as {@link #named(String, long)} reads it. */
  public String name() {
    return name;
  }

  @Override
  public String toString() {
    return name;
  }
}
