package io.voicecampaign.examples;

import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.recall.RecallPlan;
import io.voicecampaign.domain.recall.RecallType;
import io.voicecampaign.domain.shared.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.PrintStream;

/**
 * The README's run command: builds a valid AI-agent campaign with a recall plan, then a broken one,
 * and shows every violation the domain reports for it.
 */
public final class Tour {

  private Tour() {}

  /** Runs the tour and exits 0 when every step behaved as expected. */
  public static void main(String[] args) {
    System.exit(run(System.out));
  }

  static int run(PrintStream out) {
    AgentCampaign.Builder good = AgentCampaign.builder()
        .appId("Jgd8oFei").agentId(41).taskName("spring-renewals-2026").displayNumber("1008122211")
        .callWindow("09:00", "12:00").callWindow("14:00", "20:00")
        .recall(RecallPlan.builder().type(RecallType.FAILED).intervalMinutes(30).attempts(3));
    for (int i = 0; i < 1_000; i++) {
      good.addCallee(String.format("4632%08d", i), "Customer " + i, "EUR " + (i % 90 + 10));
    }
    Validation<Seq<Violation>, AgentCampaign> built = good.build();
    if (built.isInvalid()) {
      out.println("unexpected violations: " + built.getError().mkString("\n  "));
      return 1;
    }
    out.println("valid campaign: " + built.get());

    Validation<Seq<Violation>, AgentCampaign> broken = AgentCampaign.builder()
        .appId(" ").agentId(0).taskName("x").displayNumber("+86 10")
        .maxCallDurationSeconds(1000).maxRingingSeconds(9)
        .callWindow("09:00", "08:00").callWindow("10:00", "11:00").callWindow("12:00", "13:00").callWindow("14:00", "15:00")
        .recall(RecallPlan.builder().type(RecallType.BY_INTENT).intervalMinutes(0).attempts(11))
        .addCallee("4632000001", "a text well over thirty characters long")
        .addCallee("12ab")
        .addCallee("4632000001")
        .build();
    if (broken.isValid()) {
      out.println("a broken campaign was accepted");
      return 1;
    }
    out.println("broken campaign refused with " + broken.getError().size() + " violations:");
    broken.getError().forEach(v -> out.println("  " + v));
    return 0;
  }
}
