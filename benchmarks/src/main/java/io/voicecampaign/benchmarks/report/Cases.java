package io.voicecampaign.benchmarks.report;

import io.voicecampaign.benchmarks.support.CalleeFixtures;
import io.voicecampaign.benchmarks.support.HandWrittenCreateJson;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The cases of BENCHMARKS.md, in order, with their targets (issue: benchmarks). */
final class Cases {

  private Cases() {}

  static final CaseSpec BUILD_CAMPAIGN = new CaseSpec(
      "Case 1: build and validate a campaign (number + 2 texts per callee)",
      "BuildCampaignBenchmark.sdkBuildAndValidate",
      "BuildCampaignBenchmark.baselineHandValidated",
      List.of("BuildCampaignBenchmark.baselineCopyOnly"),
      "under 100 ms for 200,000 callees",
      100, Double.NaN, Double.NaN, null, List.of());

  static final CaseSpec CREATE_BODY = new CaseSpec(
      "Case 2: create-request body (validate + map + serialize, number + 2 texts per callee)",
      "CreateBodyBenchmark.sdkValidateMapSerialize",
      "CreateBodyBenchmark.baselineMoshiWriterLoop",
      List.of("CreateBodyBenchmark.sdkMapSerialize"),
      "at 200,000 callees, at most 1.3x the hand-written Moshi `JsonWriter` loop, and at most 2x the body's"
          + " size allocated per operation",
      Double.NaN, 1.3, 2.0, Cases::createBodyBytes,
      List.of(new CaseSpec.Reading("The adapter's own share (map + serialize a built campaign)",
          "CreateBodyBenchmark.sdkMapSerialize", "CreateBodyBenchmark.baselineMoshiWriterLoop")));

  static final CaseSpec LAUNCH = new CaseSpec(
      "Case 3: launch a 200,000-callee campaign over loopback",
      "LaunchOverLoopbackBenchmark.sdkLaunch",
      "LaunchOverLoopbackBenchmark.baselineRawOkHttpPrebuiltBody",
      List.of("LaunchOverLoopbackBenchmark.sdkLaunchStreamed", "LaunchOverLoopbackBenchmark.contextSdkLaunchNagleOn",
          "LaunchOverLoopbackBenchmark.contextRawOkHttpNoDelayPrebuiltBody",
          "LaunchOverLoopbackBenchmark.contextRawOkHttpHandWrittenBody"),
      "at most 1.2x raw OkHttp posting a prebuilt body",
      Double.NaN, 1.2, Double.NaN, null,
      List.of(
          new CaseSpec.Reading("Against raw OkHttp that writes its body per request, as code without the SDK must",
              "LaunchOverLoopbackBenchmark.sdkLaunch", "LaunchOverLoopbackBenchmark.contextRawOkHttpHandWrittenBody"),
          new CaseSpec.Reading("Stricter than the issue asks: against raw OkHttp posting the prebuilt body with Nagle's"
              + " algorithm off too, the floor of sending 16 MB here",
              "LaunchOverLoopbackBenchmark.sdkLaunch", "LaunchOverLoopbackBenchmark.contextRawOkHttpNoDelayPrebuiltBody"),
          new CaseSpec.Reading("Without turning Nagle's algorithm off (the SDK's other changes alone)",
              "LaunchOverLoopbackBenchmark.contextSdkLaunchNagleOn", "LaunchOverLoopbackBenchmark.baselineRawOkHttpPrebuiltBody")));

  static final CaseSpec LIST_ALL = new CaseSpec(
      "Case 4: list all 10,000 tasks (100 pages of 100) over loopback",
      "ListAllBenchmark.sdkListAll",
      "ListAllBenchmark.baselineRawOkHttpMoshi",
      List.of(),
      "at most 1.15x a raw OkHttp + Moshi loop",
      Double.NaN, 1.15, Double.NaN, null, List.of());

  static final CaseSpec OBSERVED_LIST_ALL = new CaseSpec(
      "Case 4, observed: list all 10,000 tasks with the Micrometer binding registered",
      "ListAllBenchmark.sdkListAllMicrometer",
      "ListAllBenchmark.sdkListAll",
      List.of("ListAllBenchmark.contextSdkListAllNoOpListener"),
      "at most 1.02x the same listing with no listener",
      Double.NaN, 1.02, Double.NaN, null,
      List.of(new CaseSpec.Reading("A listener that does nothing (the events' own cost)",
          "ListAllBenchmark.contextSdkListAllNoOpListener", "ListAllBenchmark.sdkListAll")));

  static final CaseSpec FAKE = new CaseSpec(
      "Case 5: the simulator, 1,000 campaigns x 1,000 callees x 3 recall attempts (ALL) to completion",
      "FakeCampaignsBenchmark.sdkRunToCompletion",
      "FakeCampaignsBenchmark.baselinePlainLoop",
      List.of(),
      "under 2 s (one shot on a fresh simulator; 4,000,000 calls)",
      2000, Double.NaN, Double.NaN, null, List.of());

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
