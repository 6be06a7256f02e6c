package io.voicecampaign.benchmarks.report;

import java.util.List;

/** The cases of BENCHMARKS.md, in order, with their targets (issue: benchmarks). */
final class Cases {

  private Cases() {}

  static final CaseSpec BUILD_CAMPAIGN = new CaseSpec(
      "Case 1: build and validate a campaign (number + 2 texts per callee)",
      "BuildCampaignBenchmark.sdkBuildAndValidate",
      "BuildCampaignBenchmark.baselineHandValidated",
      List.of("BuildCampaignBenchmark.baselineCopyOnly"),
      "under 100 ms for 200,000 callees",
      100, Double.NaN, Double.NaN, null);

  static final CaseSpec FAKE = new CaseSpec(
      "Case 5: the simulator, 1,000 campaigns x 1,000 callees x 3 recall attempts (ALL) to completion",
      "FakeCampaignsBenchmark.sdkRunToCompletion",
      "FakeCampaignsBenchmark.baselinePlainLoop",
      List.of(),
      "under 2 s (one shot on a fresh simulator; 4,000,000 calls)",
      2000, Double.NaN, Double.NaN, null);

  /** Every case, in the order BENCHMARKS.md shows them. */
  static List<CaseSpec> all() {
    return List.of(BUILD_CAMPAIGN, FAKE);
  }

  /** The cases measured at several sizes, drawn in the scaling chart. */
  static List<CaseSpec> scaled() {
    return List.of(BUILD_CAMPAIGN);
  }
}
