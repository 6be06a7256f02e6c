package io.voicecampaign.benchmarks.campaign;

import io.voicecampaign.benchmarks.support.CalleeFixtures;
import io.voicecampaign.benchmarks.support.CalleeFixtures.RawCallees;
import io.voicecampaign.benchmarks.support.HandWrittenRules;
import io.voicecampaign.benchmarks.support.HandWrittenRules.HandCallee;
import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.shared.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
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
 * user holds, through {@link AgentCampaign#builder()}. Targets: at most 1.2x the hand-written rules
 * at 200,000 and 1,000,000 callees, and a cost per callee at 1,000,000 within 1.3x of that at 20,000.
 *
 * <p>A campaign holds at most {@value AgentCampaign#MAX_CALLEES} callees, so at 1,000,000 both the SDK
 * and the hand-written rules check every callee and then refuse the campaign for its size, the SDK
 * with that one violation: the same work per callee as a campaign they accept, at five times the size.
 *
 * <p>Two baselines run beside it on the same input:
 * <ul>
 *   <li>{@link #baselineHandValidated()} does by hand what the SDK promises ({@link HandWrittenRules}):
 *       the same rules (6-18 ASCII digits, texts of at most 30 UTF-16 units without control characters
 *       or lone surrogates, distinct numbers, the campaign's size) and one immutable record per callee. The ratio against it is the SDK's overhead over code a careful user would
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
  @Param({"2000", "20000", "200000", "1000000"})
  public int callees;

  private RawCallees input;

  /**
   * Generates the input and checks once that the SDK and the hand-written rules agree on it: valid up
   * to the largest campaign, refused for its size alone beyond it.
   */
  @Setup(Level.Trial)
  public void setUp() {
    input = CalleeFixtures.raw(callees);
    boolean fits = callees <= AgentCampaign.MAX_CALLEES;
    Validation<Seq<Violation>, AgentCampaign> built = sdkBuildAndValidate();
    boolean sdkAgrees = fits ? built.isValid()
        : built.isInvalid() && built.getError().size() == 1 && built.getError().head().path().equals("callees");
    if (!sdkAgrees || (baselineHandValidated().length == callees) != fits) {
      throw new IllegalStateException("the SDK and the hand-written rules disagree on the fixture");
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
    return HandWrittenRules.validated(input);
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
}
