package io.voicecampaign.reliability.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.recall.RecallCancellation;
import io.voicecampaign.domain.recall.RecallFlowId;
import io.voicecampaign.domain.recall.RecallNodeId;
import io.voicecampaign.domain.task.TaskId;
import io.voicecampaign.reliability.support.ReliabilityFixtures;
import io.vavr.collection.List;
import io.vavr.control.Either;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterProperty;

/**
 * Every endpoint, fed at least 10,000 fuzzed answers per run in process, turns each into a success
 * or a typed failure: no exception escapes, a valid answer with HTTP 2xx is a success, and a non-2xx
 * or unreadable answer is a failure.
 */
@Label("Fuzzed answers in process: a success or a typed failure, never an exception")
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

  @AfterProperty
  void everyTryCounted() {
    System.out.println(tally.summary(platform.served()));
    tally.assertComplete(TRIES, 3);
    assertThat(platform.unexpected()).as("requests to endpoints not under test").isZero();
  }

  @Property(tries = TRIES, generation = GenerationMode.RANDOMIZED, edgeCases = EdgeCasesMode.NONE)
  @Label("create (send/agent), with its lookup by name answered by fuzzed task pages")
  void create(@ForAll("createAnswers") FuzzedAnswer answer, @ForAll("taskPages") FuzzedAnswer lookup) {
    platform.answer(Endpoint.CREATE, answer, lookup);

    Either<GatewayFailure, TaskId> launched = tally(Endpoint.CREATE).run(answer, () -> platform.gateways().groupCalls().launch(CAMPAIGN));

    if (answer.expected() == FuzzedAnswer.Expected.SUCCESS) {
      assertThat(launched.get()).as("the id of %s", answer).isEqualTo(TaskId.of(answer.createdId()));
    }
  }

  @Property(tries = TRIES, generation = GenerationMode.RANDOMIZED, edgeCases = EdgeCasesMode.NONE)
  @Label("task query (group/call/query)")
  void taskQuery(@ForAll("taskPages") FuzzedAnswer answer) {
    platform.answer(Endpoint.TASK_QUERY, answer, null);

    tally(Endpoint.TASK_QUERY).run(answer, () -> platform.gateways().groupCalls().queryTasks(ReliabilityFixtures.taskQuery()));
  }

  @Property(tries = TRIES, generation = GenerationMode.RANDOMIZED, edgeCases = EdgeCasesMode.NONE)
  @Label("task cancel (group/call/cancel)")
  void taskCancel(@ForAll("taskCancels") FuzzedAnswer answer) {
    platform.answer(Endpoint.TASK_CANCEL, answer, null);

    tally(Endpoint.TASK_CANCEL).run(answer, () -> platform.gateways().groupCalls().cancelTasks(List.of(TaskId.of(5_000_602))));
  }

  @Property(tries = TRIES, generation = GenerationMode.RANDOMIZED, edgeCases = EdgeCasesMode.NONE)
  @Label("recall-flow page (recallFlow/queryPage)")
  void flowPage(@ForAll("flowPages") FuzzedAnswer answer) {
    platform.answer(Endpoint.FLOW_PAGE, answer, null);

    tally(Endpoint.FLOW_PAGE).run(answer, () -> platform.gateways().recallFlows().queryFlows(ReliabilityFixtures.flowQuery()));
  }

  @Property(tries = TRIES, generation = GenerationMode.RANDOMIZED, edgeCases = EdgeCasesMode.NONE)
  @Label("recall-flow detail (recallFlow/queryDetail)")
  void flowDetail(@ForAll("flowDetails") FuzzedAnswer answer) {
    platform.answer(Endpoint.FLOW_DETAIL, answer, null);

    tally(Endpoint.FLOW_DETAIL).run(answer, () -> platform.gateways().recallFlows().flowDetail(FLOW));
  }

  @Property(tries = TRIES, generation = GenerationMode.RANDOMIZED, edgeCases = EdgeCasesMode.NONE)
  @Label("recall-flow update (recallFlow/update)")
  void flowUpdate(@ForAll("flowUpdates") FuzzedAnswer answer) {
    platform.answer(Endpoint.FLOW_UPDATE, answer, null);

    tally(Endpoint.FLOW_UPDATE).run(answer, () -> platform.gateways().recallFlows().editFlow(FLOW, ReliabilityFixtures.editedPlan()));
  }

  @Property(tries = TRIES, generation = GenerationMode.RANDOMIZED, edgeCases = EdgeCasesMode.NONE)
  @Label("recall-flow cancel (recallFlow/cancel), all three kinds")
  void flowCancel(@ForAll("flowCancels") FuzzedAnswer answer, @ForAll @IntRange(min = 0, max = 2) int kind) {
    platform.answer(Endpoint.FLOW_CANCEL, answer, null);
    RecallCancellation cancellation = switch (kind) {
      case 0 -> new RecallCancellation.WholeFlow(FLOW);
      case 1 -> new RecallCancellation.WholeFlowOfTask(TaskId.of(5_009_611));
      default -> new RecallCancellation.FromNode(RecallNodeId.of(1428));
    };

    tally(Endpoint.FLOW_CANCEL).run(answer, () -> platform.gateways().recallFlows().cancelFlow(cancellation));
  }

  @Provide
  Arbitrary<FuzzedAnswer> createAnswers() {
    return FuzzArbitraries.answers(Endpoint.CREATE);
  }

  @Provide
  Arbitrary<FuzzedAnswer> taskPages() {
    return FuzzArbitraries.answers(Endpoint.TASK_QUERY);
  }

  @Provide
  Arbitrary<FuzzedAnswer> taskCancels() {
    return FuzzArbitraries.answers(Endpoint.TASK_CANCEL);
  }

  @Provide
  Arbitrary<FuzzedAnswer> flowPages() {
    return FuzzArbitraries.answers(Endpoint.FLOW_PAGE);
  }

  @Provide
  Arbitrary<FuzzedAnswer> flowDetails() {
    return FuzzArbitraries.answers(Endpoint.FLOW_DETAIL);
  }

  @Provide
  Arbitrary<FuzzedAnswer> flowUpdates() {
    return FuzzArbitraries.answers(Endpoint.FLOW_UPDATE);
  }

  @Provide
  Arbitrary<FuzzedAnswer> flowCancels() {
    return FuzzArbitraries.answers(Endpoint.FLOW_CANCEL);
  }
}
