package io.voicecampaign.reliability.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * The jqwik arbitraries of fuzzed answers: a shape (weighted towards broken templates), an HTTP
 * status from every class (weighted towards 200) and a seed for the details. Shrinking goes towards
 * simpler shapes, status 200 and seed 0.
 */
final class FuzzArbitraries {

  private FuzzArbitraries() {}

  /** Answers of {@code endpoint}. */
  static Arbitrary<FuzzedAnswer> answers(Endpoint endpoint) {
    return Combinators.combine(shapes(), statuses(), Arbitraries.longs())
        .as((shape, status, seed) -> Answers.of(endpoint, shape, status, seed));
  }

  @SuppressWarnings("unchecked")
  static Arbitrary<Shape> shapes() {
    return Arbitraries.frequency(
        Tuple.of(10, Shape.VALID), Tuple.of(3, Shape.BOM), Tuple.of(30, Shape.MUTATED), Tuple.of(10, Shape.BROKEN_ENVELOPE),
        Tuple.of(10, Shape.TRUNCATED), Tuple.of(3, Shape.TRAILING_CONTENT), Tuple.of(3, Shape.INVALID_UTF8),
        Tuple.of(2, Shape.MANY_RECORDS), Tuple.of(4, Shape.NOT_AN_OBJECT), Tuple.of(2, Shape.DEEP_NESTING),
        Tuple.of(6, Shape.JSON_TOKENS), Tuple.of(4, Shape.MARKUP), Tuple.of(3, Shape.EMPTY), Tuple.of(2, Shape.BLANK),
        Tuple.of(6, Shape.BINARY), Tuple.of(1, Shape.MEGABYTE_OF_GARBAGE));
  }

  /** HTTP statuses of every class: mostly 200, then 5xx, 4xx, 3xx, other 2xx and 1xx. */
  @SuppressWarnings("unchecked")
  static Arbitrary<Integer> statuses() {
    return Arbitraries.frequencyOf(
        Tuple.of(60, Arbitraries.just(200)),
        Tuple.of(5, Arbitraries.of(201, 202, 203, 204, 206, 299)),
        Tuple.of(3, Arbitraries.of(100, 101, 102, 103, 199)),
        Tuple.of(5, Arbitraries.of(300, 301, 302, 303, 304, 307, 308)),
        Tuple.of(12, Arbitraries.of(400, 401, 403, 404, 405, 408, 409, 410, 413, 415, 418, 422, 429, 451, 499)),
        Tuple.of(15, Arbitraries.of(500, 501, 502, 503, 504, 505, 507, 520, 599)));
  }
}
