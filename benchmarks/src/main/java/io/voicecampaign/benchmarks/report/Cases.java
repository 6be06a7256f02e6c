package io.voicecampaign.benchmarks.report;

import io.voicecampaign.benchmarks.report.CaseSpec.Check;
import io.voicecampaign.benchmarks.support.CalleeFixtures;
import io.voicecampaign.benchmarks.support.HandWrittenCreateJson;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The cases of BENCHMARKS.md, in order, with their targets. */
final class Cases {

  private Cases() {}

  static final CaseSpec BUILD_CAMPAIGN = new CaseSpec(
      "Case 1: build and validate a campaign (number + 2 texts per callee)",
      "BuildCampaignBenchmark.sdkBuildAndValidate",
      "BuildCampaignBenchmark.baselineHandValidated",
      List.of("BuildCampaignBenchmark.baselineCopyOnly"),
      "at most 1.2x the same rules by hand at 200,000 and 1,000,000 callees; the cost per callee at 1,000,000"
          + " within 1.3x of the cost at 20,000",
      null,
      List.of(
          Check.ratio("Build + validate against the same rules by hand", "BuildCampaignBenchmark.sdkBuildAndValidate",
              "BuildCampaignBenchmark.baselineHandValidated", List.of(200_000, 1_000_000), 1.2),
          Check.scaling("Cost per callee, 1,000,000 against 20,000", "BuildCampaignBenchmark.sdkBuildAndValidate",
              1_000_000, 20_000, 1.3)));

  static final CaseSpec CREATE_BODY = new CaseSpec(
      "Case 2: create-request body (validate + map + serialize, number + 2 texts per callee)",
      "CreateBodyBenchmark.sdkValidateMapSerialize",
      "CreateBodyBenchmark.baselineHandRulesDslJson",
      List.of("CreateBodyBenchmark.sdkMapSerialize", "CreateBodyBenchmark.contextDslJsonWriter",
          "CreateBodyBenchmark.contextJacksonStreaming", "CreateBodyBenchmark.contextMoshiWriterLoop"),
      "from the user's strings, at most 1.2x the same rules by hand then DSL-JSON writing the records, at every"
          + " size; the sized body of a built campaign at most 1.1x DSL-JSON writing the same bytes",
      Cases::createBodyBytes,
      List.of(
          Check.ratio("The full path from the user's strings (build, validate, write)",
              "CreateBodyBenchmark.sdkValidateMapSerialize", "CreateBodyBenchmark.baselineHandRulesDslJson",
              List.of(2_000, 20_000, 200_000), 1.2),
          Check.ratio("The sized body of a built campaign (count, then write) against DSL-JSON writing the same bytes",
              "CreateBodyBenchmark.sdkMapSerialize", "CreateBodyBenchmark.contextDslJsonWriter",
              List.of(2_000, 20_000, 200_000), 1.1),
          Check.body("Allocation of the full path", "CreateBodyBenchmark.sdkValidateMapSerialize", List.of(), 2.0)));

  static final CaseSpec LAUNCH = new CaseSpec(
      "Case 3: launch a 200,000-callee campaign over loopback",
      "LaunchOverLoopbackBenchmark.sdkLaunch",
      "LaunchOverLoopbackBenchmark.baselineRawOkHttpNoDelayPrebuiltBody",
      List.of("LaunchOverLoopbackBenchmark.contextRawOkHttpPrebuiltBody",
          "LaunchOverLoopbackBenchmark.contextRawOkHttpHandWrittenBody"),
      "at most 1.2x raw OkHttp posting a prebuilt body with Nagle's algorithm off (the floor of sending 16 MB"
          + " here), each fork a run",
      null,
      List.of(
          Check.ratioWithSpread("Against raw OkHttp with Nagle's algorithm off, the floor",
              "LaunchOverLoopbackBenchmark.sdkLaunch", "LaunchOverLoopbackBenchmark.baselineRawOkHttpNoDelayPrebuiltBody", 1.2),
          Check.ratioWithSpread("Against raw OkHttp with its default sockets (Nagle's algorithm on)",
              "LaunchOverLoopbackBenchmark.sdkLaunch", "LaunchOverLoopbackBenchmark.contextRawOkHttpPrebuiltBody", 1.2),
          Check.ratioWithSpread("Against raw OkHttp that writes its body per request, as code without the SDK must",
              "LaunchOverLoopbackBenchmark.sdkLaunch", "LaunchOverLoopbackBenchmark.contextRawOkHttpHandWrittenBody", 1.2)));

  static final CaseSpec LIST_ALL = new CaseSpec(
      "Case 4: list all 10,000 tasks (100 pages of 100) over loopback",
      "ListAllBenchmark.sdkListAll",
      "ListAllBenchmark.baselineRawOkHttpMoshi",
      List.of(),
      "at most 1.15x a raw OkHttp + Moshi loop",
      null,
      List.of(Check.ratio("Against raw OkHttp + Moshi", "ListAllBenchmark.sdkListAll", "ListAllBenchmark.baselineRawOkHttpMoshi",
          List.of(), 1.15)));

  static final CaseSpec OBSERVED_LIST_ALL = new CaseSpec(
      "Case 4, observed: list all 10,000 tasks with the Micrometer binding registered",
      "ListAllBenchmark.sdkListAllMicrometer",
      "ListAllBenchmark.sdkListAll",
      List.of("ListAllBenchmark.contextSdkListAllNoOpListener"),
      "at most 1.02x the same listing with no listener",
      null,
      List.of(Check.ratio("The Micrometer binding against no listener", "ListAllBenchmark.sdkListAllMicrometer",
              "ListAllBenchmark.sdkListAll", List.of(), 1.02),
          Check.ratio("A listener that does nothing (the events' own cost)",
              "ListAllBenchmark.contextSdkListAllNoOpListener", "ListAllBenchmark.sdkListAll", List.of(), 1.02)));

  static final CaseSpec FAKE = new CaseSpec(
      "Case 5: the simulator, 1,000 campaigns x 1,000 callees x 3 recall attempts (ALL) to completion",
      "FakeCampaignsBenchmark.sdkRunToCompletion",
      "FakeCampaignsBenchmark.baselinePlainLoop",
      List.of(),
      "under 2 s (one shot on a fresh simulator; 4,000,000 calls)",
      null,
      List.of(Check.millis("Time", "FakeCampaignsBenchmark.sdkRunToCompletion", 2000)));

  /** Every case, in the order BENCHMARKS.md shows them. */
  static List<CaseSpec> all() {
    return List.of(BUILD_CAMPAIGN, CREATE_BODY, LAUNCH, LIST_ALL, OBSERVED_LIST_ALL, FAKE);
  }

  /** The cases measured at several sizes, drawn in the scaling chart. */
  static List<CaseSpec> scaled() {
    return List.of(BUILD_CAMPAIGN, CREATE_BODY);
  }

  private static final Map<Integer, Long> BODY_BYTES = new HashMap<>();

  /** The create body's size for the benchmark campaign of {@code callees} callees. */
  static long createBodyBytes(int callees) {
    return BODY_BYTES.computeIfAbsent(callees,
        n -> (long) HandWrittenCreateJson.bytes("benchmark-campaign", CalleeFixtures.raw(n)).length);
  }
}
