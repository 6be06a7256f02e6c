package io.voicecampaign.reliability.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.fixtures.Seeded;
import io.voicecampaign.domain.recall.RecallCancellation;
import io.voicecampaign.domain.recall.RecallFlowId;
import io.voicecampaign.domain.recall.RecallNodeId;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.reliability.support.ReliabilityFixtures;
import io.vavr.collection.List;
import io.vavr.control.Either;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint, fed at least 10,000 fuzzed answers per run in process, turns each into a success
 * or a typed failure: no exception escapes, a valid answer with HTTP 2xx is a success, and a non-2xx
 * or unreadable answer is a failure.
 */
@DisplayName("Fuzzed answers in process: a success or a typed failure, never an exception")
class FuzzedAnswersTest {

  static final int TRIES = 10_000;

  private static final RecallFlowId FLOW = RecallFlowId.of(298);
  private static final AgentCampaign CAMPAIGN = ReliabilityFixtures.campaign(Templates.TASK_NAME);

  private final InProcessPlatform platform = new InProcessPlatform();
  private OutcomeTally tally;

  private OutcomeTally tally(Endpoint endpoint) {
    if (tally == null) {
      tally = new OutcomeTally("fuzz " + endpoint);
    }
    return tally;
  }

  void everyTryCounted() {
    System.out.println(tally.summary(platform.served()));
    tally.assertComplete(TRIES, 3);
    assertThat(platform.unexpected()).as("requests to endpoints not under test").isZero();
  }

  @Test
  @DisplayName("create (send/agent), with its lookup by name answered by fuzzed task pages")
  void create() {
    Seeded.forAll("create (send/agent), with its lookup by name answered by fuzzed task pages", TRIES, random -> {
      FuzzedAnswer answer = FuzzCases.answer(Endpoint.CREATE, random);
      FuzzedAnswer lookup = FuzzCases.answer(Endpoint.TASK_QUERY, random);
      platform.answer(Endpoint.CREATE, answer, lookup);

      Either<GatewayFailure, TaskId> launched = tally(Endpoint.CREATE).run(answer, () -> platform.gateways().groupCalls().launch(CAMPAIGN));

      if (answer.expected() == FuzzedAnswer.Expected.SUCCESS) {
        assertThat(launched.get()).as("the id of %s", answer).isEqualTo(TaskId.of(answer.createdId()));
      }
    });
    everyTryCounted();
  }

  @Test
  @DisplayName("task query (group/call/query)")
  void taskQuery() {
    Seeded.forAll("task query (group/call/query)", TRIES, random -> {
      FuzzedAnswer answer = FuzzCases.answer(Endpoint.TASK_QUERY, random);
      platform.answer(Endpoint.TASK_QUERY, answer, null);

      tally(Endpoint.TASK_QUERY).run(answer, () -> platform.gateways().groupCalls().queryTasks(ReliabilityFixtures.taskQuery()));
    });
    everyTryCounted();
  }

  @Test
  @DisplayName("task cancel (group/call/cancel)")
  void taskCancel() {
    Seeded.forAll("task cancel (group/call/cancel)", TRIES, random -> {
      FuzzedAnswer answer = FuzzCases.answer(Endpoint.TASK_CANCEL, random);
      platform.answer(Endpoint.TASK_CANCEL, answer, null);

      tally(Endpoint.TASK_CANCEL).run(answer, () -> platform.gateways().groupCalls().cancelTasks(List.of(TaskId.of(5_000_602))));
    });
    everyTryCounted();
  }

  @Test
  @DisplayName("recall-flow page (recallFlow/queryPage)")
  void flowPage() {
    Seeded.forAll("recall-flow page (recallFlow/queryPage)", TRIES, random -> {
      FuzzedAnswer answer = FuzzCases.answer(Endpoint.FLOW_PAGE, random);
      platform.answer(Endpoint.FLOW_PAGE, answer, null);

      tally(Endpoint.FLOW_PAGE).run(answer, () -> platform.gateways().recallFlows().queryFlows(ReliabilityFixtures.flowQuery()));
    });
    everyTryCounted();
  }

  @Test
  @DisplayName("recall-flow detail (recallFlow/queryDetail)")
  void flowDetail() {
    Seeded.forAll("recall-flow detail (recallFlow/queryDetail)", TRIES, random -> {
      FuzzedAnswer answer = FuzzCases.answer(Endpoint.FLOW_DETAIL, random);
      platform.answer(Endpoint.FLOW_DETAIL, answer, null);

      tally(Endpoint.FLOW_DETAIL).run(answer, () -> platform.gateways().recallFlows().flowDetail(FLOW));
    });
    everyTryCounted();
  }

  @Test
  @DisplayName("recall-flow update (recallFlow/update)")
  void flowUpdate() {
    Seeded.forAll("recall-flow update (recallFlow/update)", TRIES, random -> {
      FuzzedAnswer answer = FuzzCases.answer(Endpoint.FLOW_UPDATE, random);
      platform.answer(Endpoint.FLOW_UPDATE, answer, null);

      tally(Endpoint.FLOW_UPDATE).run(answer, () -> platform.gateways().recallFlows().editFlow(FLOW, ReliabilityFixtures.editedPlan()));
    });
    everyTryCounted();
  }

  @Test
  @DisplayName("recall-flow cancel (recallFlow/cancel), all three kinds")
  void flowCancel() {
    Seeded.forAll("recall-flow cancel (recallFlow/cancel), all three kinds", TRIES, random -> {
      FuzzedAnswer answer = FuzzCases.answer(Endpoint.FLOW_CANCEL, random);
      int kind = random.nextInt(0, 3);
      platform.answer(Endpoint.FLOW_CANCEL, answer, null);
      RecallCancellation cancellation = switch (kind) {
        case 0 -> new RecallCancellation.WholeFlow(FLOW);
        case 1 -> new RecallCancellation.WholeFlowOfTask(TaskId.of(5_009_611));
        default -> new RecallCancellation.FromNode(RecallNodeId.of(1428));
      };

      tally(Endpoint.FLOW_CANCEL).run(answer, () -> platform.gateways().recallFlows().cancelFlow(cancellation));
    });
    everyTryCounted();
  }
}
