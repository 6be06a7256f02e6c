package io.voicecampaign.reliability.fuzz;

import io.voicecampaign.domain.fixtures.Seeded;
import java.util.SplittableRandom;

/**
 * Fuzzed answers drawn from a seeded random source: a shape (weighted towards broken templates), an
 * HTTP status from every class (weighted towards 200) and a seed for the details.
 */
final class FuzzCases {

  private static final Shape[] SHAPES = {Shape.VALID, Shape.BOM, Shape.MUTATED, Shape.BROKEN_ENVELOPE, Shape.TRUNCATED,
    Shape.TRAILING_CONTENT, Shape.INVALID_UTF8, Shape.MANY_RECORDS, Shape.NOT_AN_OBJECT, Shape.DEEP_NESTING,
    Shape.JSON_TOKENS, Shape.MARKUP, Shape.EMPTY, Shape.BLANK, Shape.BINARY, Shape.MEGABYTE_OF_GARBAGE};
  private static final int[] SHAPE_WEIGHTS = {10, 3, 30, 10, 10, 3, 3, 2, 4, 2, 6, 4, 3, 2, 6, 1};

  private static final Integer[][] STATUS_CLASSES = {
    {200},
    {201, 202, 203, 204, 206, 299},
    {100, 101, 102, 103, 199},
    {300, 301, 302, 303, 304, 307, 308},
    {400, 401, 403, 404, 405, 408, 409, 410, 413, 415, 418, 422, 429, 451, 499},
    {500, 501, 502, 503, 504, 505, 507, 520, 599}};
  private static final int[] STATUS_WEIGHTS = {60, 5, 3, 5, 12, 15};

  private FuzzCases() {}

  /** An answer of {@code endpoint}. */
  static FuzzedAnswer answer(Endpoint endpoint, SplittableRandom random) {
    Shape shape = SHAPES[weighted(random, SHAPE_WEIGHTS)];
    int status = Seeded.oneOf(random, STATUS_CLASSES[weighted(random, STATUS_WEIGHTS)]);
    return Answers.of(endpoint, shape, status, random.nextLong());
  }

  private static int weighted(SplittableRandom random, int[] weights) {
    int total = 0;
    for (int weight : weights) {
      total += weight;
    }
    int draw = random.nextInt(total);
    for (int index = 0; ; index++) {
      draw -= weights[index];
      if (draw < 0) {
        return index;
      }
    }
  }
}
