package io.voicecampaign.benchmarks.support;

import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.campaign.Callee;
import io.voicecampaign.domain.shared.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * Callee input as a user holds it before calling the SDK: parallel arrays of strings, every number
 * distinct, two short ASCII texts per callee. The same count always gives the same strings.
 */
public final class CalleeFixtures {

  /** The application id every benchmark campaign uses. */
  public static final String APP_ID = "Jgd8oFei";
  /** The agent id every benchmark campaign uses. */
  public static final long AGENT_ID = 110L;

  private CalleeFixtures() {}

  /**
   * {@code count} callees: numbers {@code 86138} + eight digits (13 digits), text1
   * {@code Customer 000042}, text2 {@code EUR 42.50}.
   */
  public static RawCallees raw(int count) {
    String[] numbers = new String[count];
    String[] text1 = new String[count];
    String[] text2 = new String[count];
    for (int i = 0; i < count; i++) {
      numbers[i] = "86138" + pad(i, 8);
      text1[i] = "Customer " + pad(i, 6);
      text2[i] = "EUR " + (i % 1000) + ".50";
    }
    return new RawCallees(numbers, text1, text2);
  }

  /** A builder holding {@code callees} and the fixed campaign fields, ready to {@code build()}. */
  public static AgentCampaign.Builder builder(String taskName, RawCallees callees) {
    AgentCampaign.Builder builder = AgentCampaign.builder()
        .appId(APP_ID)
        .agentId(AGENT_ID)
        .taskName(taskName)
        .expectCallees(callees.size());
    for (int i = 0; i < callees.size(); i++) {
      builder.addCallee(callees.number(i), callees.text1(i), callees.text2(i));
    }
    return builder;
  }

  /** A valid campaign over {@code callees}; fails loudly if the fixture breaks a rule. */
  public static AgentCampaign campaign(String taskName, RawCallees callees) {
    return valid(builder(taskName, callees).build());
  }

  /** The campaign {@code built} holds; fails loudly if a benchmark's input breaks a rule. */
  public static AgentCampaign valid(Validation<Seq<Violation>, AgentCampaign> built) {
    if (built.isInvalid()) {
      throw new IllegalStateException("benchmark fixture is invalid: " + built.getError().take(3).mkString("; "));
    }
    return built.get();
  }

  /** A validated callee, for inputs that hand callees to the SDK one by one. */
  public static Callee callee(RawCallees callees, int i) {
    return Callee.of(callees.number(i), callees.text1(i), callees.text2(i));
  }

  private static String pad(int value, int width) {
    String digits = Integer.toString(value);
    return "0".repeat(Math.max(0, width - digits.length())) + digits;
  }

  /**
   * Parallel arrays of raw callee fields; index {@code i} is one callee.
   *
   * @param numbers the numbers
   * @param text1   the first texts
   * @param text2   the second texts
   */
  public record RawCallees(String[] numbers, String[] text1, String[] text2) {

    /** How many callees. */
    public int size() {
      return numbers.length;
    }

    /** Callee {@code i}'s number. */
    public String number(int i) {
      return numbers[i];
    }

    /** Callee {@code i}'s text1. */
    public String text1(int i) {
      return text1[i];
    }

    /** Callee {@code i}'s text2. */
    public String text2(int i) {
      return text2[i];
    }
  }
}
