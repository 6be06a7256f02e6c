package io.voicecampaign.benchmarks.campaign;

import io.voicecampaign.benchmarks.support.CalleeFixtures;
import io.voicecampaign.benchmarks.support.CalleeFixtures.RawCallees;
import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.shared.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.HashSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Case 1: build and validate a campaign of N callees (number + two texts each) from the strings a
 * user holds, through {@link AgentCampaign#builder()}. Target: under 100 ms at 200,000 callees.
 *
 * <p>Two baselines run beside it on the same input:
 * <ul>
 *   <li>{@link #baselineHandValidated()} does by hand what the SDK promises: the same per-callee
 *       rules (6-18 ASCII digits, texts of at most 30 characters, distinct numbers) and one immutable
 *       record per callee. The ratio against it is the SDK's overhead over code a careful user would
 *       write.</li>
 *   <li>{@link #baselineCopyOnly()} only wraps each callee's strings in a record, checking nothing: the
 *       floor that any representation of the input costs.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class BuildCampaignBenchmark {

  /** How many callees the campaign holds. */
  @Param({"2000", "20000", "200000"})
  public int callees;

  private RawCallees input;

  /** Generates the input and checks once that it is valid for the SDK and the hand-written rules. */
  @Setup(Level.Trial)
  public void setUp() {
    input = CalleeFixtures.raw(callees);
    CalleeFixtures.campaign("benchmark-campaign", input);
    if (baselineHandValidated().length != callees) {
      throw new IllegalStateException("the hand-written baseline refused the fixture");
    }
  }

  /** The SDK: builder, every rule checked, an immutable campaign or every violation. */
  @Benchmark
  public Validation<Seq<Violation>, AgentCampaign> sdkBuildAndValidate() {
    return CalleeFixtures.builder("benchmark-campaign", input).build();
  }

  /** The same rules and an immutable record per callee, written by hand. */
  @Benchmark
  public HandCallee[] baselineHandValidated() {
    int count = input.size();
    HandCallee[] out = new HandCallee[count];
    HashSet<String> seen = new HashSet<>((int) (count / 0.75f) + 1);
    for (int i = 0; i < count; i++) {
      String number = input.number(i);
      String text1 = input.text1(i);
      String text2 = input.text2(i);
      if (!digits(number) || !fits(text1) || !fits(text2) || !seen.add(number)) {
        return new HandCallee[0];
      }
      out[i] = new HandCallee(number, text1, text2);
    }
    return out;
  }

  /** No checks at all: one record per callee. */
  @Benchmark
  public HandCallee[] baselineCopyOnly() {
    int count = input.size();
    HandCallee[] out = new HandCallee[count];
    for (int i = 0; i < count; i++) {
      out[i] = new HandCallee(input.number(i), input.text1(i), input.text2(i));
    }
    return out;
  }

  private static boolean digits(String s) {
    int n = s.length();
    if (n < 6 || n > 18) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean fits(String text) {
    return text.length() <= 30 || text.codePointCount(0, text.length()) <= 30;
  }

  /**
   * A callee as hand-written code would hold it.
   *
   * @param number the number
   * @param text1  the first text
   * @param text2  the second text
   */
  public record HandCallee(String number, String text1, String text2) {}
}
