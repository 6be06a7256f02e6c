package io.voicecampaign.reliability.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.application.port.out.ReportParseFailure;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.reliability.support.ReliabilityFixtures;
import io.vavr.control.Either;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Counts one property's tries and what they became: successes, failures by type, uncaught exceptions.
 * Each outcome is checked as it comes: an Either, a failure of one of the SDK's sealed failure types
 * with a message that never shows the secret, and what the answer's expectation demands.
 */
final class OutcomeTally {

  private final String name;
  private final long startNanos = System.nanoTime();
  private final Map<String, Long> outcomes = new TreeMap<>();
  private int tries;
  private int exceptions;

  OutcomeTally(String name) {
    this.name = name;
  }

  /** Runs one try's call on {@code answer} and checks what it returned. */
  <L, R> Either<L, R> run(FuzzedAnswer answer, Supplier<Either<L, R>> call) {
    tries++;
    Either<L, R> result;
    try {
      result = call.get();
    } catch (RuntimeException | Error e) {
      exceptions++;
      throw new AssertionError("uncaught " + e + " for " + answer, e);
    }
    assertThat(result).as("the outcome of %s", answer).isNotNull();
    if (result.isLeft()) {
      Object failure = result.getLeft();
      assertThat(failure).as("the failure for %s", answer).isInstanceOfAny(GatewayFailure.class, ReportParseFailure.class);
      String message = failure instanceof GatewayFailure g ? g.message() : ((ReportParseFailure) failure).message();
      assertThat(message).as("the failure message for %s", answer).isNotBlank().doesNotContain(ReliabilityFixtures.API_SECRET);
      outcomes.merge(failure.getClass().getSimpleName(), 1L, Long::sum);
    } else {
      assertThat(result.get()).as("the success for %s", answer).isNotNull();
      outcomes.merge("success", 1L, Long::sum);
    }
    switch (answer.expected()) {
      case SUCCESS -> assertThat(result.isRight()).as("%s must succeed, but became %s", answer, result).isTrue();
      case FAILURE -> assertThat(result.isLeft()).as("%s must fail, but became %s", answer, result).isTrue();
      default -> { }
    }
    return result;
  }

  /** Tries so far. */
  int tries() {
    return tries;
  }

  /** Asserts the property ran at least {@code minimum} tries, threw nothing, and reached successes and several failure types. */
  void assertComplete(int minimum, int failureTypes) {
    assertThat(exceptions).as("%s: uncaught exceptions", name).isZero();
    assertThat(tries).as("%s: tries counted", name).isGreaterThanOrEqualTo(minimum);
    assertThat(outcomes).as("%s: outcomes", name).containsKey("success");
    assertThat(outcomes.size() - 1).as("%s: failure types reached %s", name, outcomes).isGreaterThanOrEqualTo(failureTypes);
  }

  /** One line for the log: tries, outcomes, uncaught exceptions, duration. */
  String summary(long served) {
    return String.format("%s: %,d tries, %,d answers served, outcomes %s, %d uncaught exceptions, %.1f s",
        name, tries, served, outcomes, exceptions, (System.nanoTime() - startNanos) / 1e9);
  }
}
