package io.voicecampaign.domain.recall;

import static io.voicecampaign.domain.fixtures.RecallFlowFixtures.FLOW;
import static io.voicecampaign.domain.fixtures.RecallFlowFixtures.FLOW_ID;
import static io.voicecampaign.domain.fixtures.RecallFlowFixtures.PARENT_TASK;
import static io.voicecampaign.domain.fixtures.RecallFlowFixtures.betweenAttempts;
import static io.voicecampaign.domain.fixtures.RecallFlowFixtures.cancelled;
import static io.voicecampaign.domain.fixtures.RecallFlowFixtures.childTask;
import static io.voicecampaign.domain.fixtures.RecallFlowFixtures.completed;
import static io.voicecampaign.domain.fixtures.RecallFlowFixtures.detailed;
import static io.voicecampaign.domain.fixtures.RecallFlowFixtures.failed;
import static io.voicecampaign.domain.fixtures.RecallFlowFixtures.firstAttemptRunning;
import static io.voicecampaign.domain.fixtures.RecallFlowFixtures.lastAttemptRunning;
import static io.voicecampaign.domain.fixtures.RecallFlowFixtures.listed;
import static io.voicecampaign.domain.fixtures.RecallFlowFixtures.node;
import static io.voicecampaign.domain.fixtures.RecallFlowFixtures.nodeIds;
import static io.voicecampaign.domain.fixtures.RecallFlowFixtures.pending;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.voicecampaign.domain.fixtures.CampaignFixtures;
import io.voicecampaign.domain.fixtures.RecallFlowFixtures;
import io.voicecampaign.domain.shared.AgentId;
import io.voicecampaign.domain.shared.Violation;
import io.voicecampaign.domain.task.TaskId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("RecallFlow")
class RecallFlowTest {

  private static final RecallStatus P = RecallStatus.PENDING;
  private static final RecallStatus R = RecallStatus.IN_PROGRESS;
  private static final RecallStatus D = RecallStatus.COMPLETED;
  private static final RecallStatus C = RecallStatus.CANCELLED;
  private static final RecallStatus X = RecallStatus.EXECUTION_EXCEPTION;

  private static RecallFlow right(Either<RecallRejection, RecallFlow> result) {
    assertThat(result.isRight()).as("refused: %s", result.isLeft() ? result.getLeft().message() : "").isTrue();
    return result.get();
  }

  private static RecallRejection left(Either<RecallRejection, ?> result) {
    assertThat(result.isLeft()).as("expected a rejection, got %s", result).isTrue();
    return result.getLeft();
  }

  private static RecallFlow withNodes(RecallFlow flow, Seq<RecallNode> nodes) {
    return new RecallFlow(flow.id(), flow.parentTask(), flow.parentTaskName(), flow.createdTime(), flow.type(),
        flow.intervalMinutes(), flow.attempts(), flow.finishedAttempts(), flow.status(), nodes);
  }

  private static Seq<RecallStatus> nodeStatuses(RecallFlow flow) {
    return flow.nodes().map(RecallNode::status);
  }

  /** Every state a flow can reach, with a name for the test report. */
  static Stream<Arguments> notPending() {
    return Stream.of(
        Arguments.of("first attempt running", firstAttemptRunning(FLOW, 3)),
        Arguments.of("between attempts", betweenAttempts(FLOW, 3)),
        Arguments.of("completed", completed(FLOW, 2)),
        Arguments.of("cancelled", cancelled(FLOW, 2)),
        Arguments.of("execution exception", failed(FLOW, 2)),
        Arguments.of("unknown(9)", listed(RecallStatus.of(9), 2, 0)));
  }

  @Nested
  @DisplayName("a new flow")
  class Start {

    @Test
    @DisplayName("is pending with one pending node per attempt, each with its agent and no child task yet")
    void pendingNodes() {
      RecallFlow flow = pending(FLOW, 3);

      assertThat(flow.isPending()).isTrue();
      assertThat(flow.id()).isEqualTo(FLOW_ID);
      assertThat(flow.parentTask()).isEqualTo(Option.some(PARENT_TASK));
      assertThat(flow.attempts()).isEqualTo(3);
      assertThat(flow.finishedAttempts()).isZero();
      assertThat(flow.nodes().map(RecallNode::id)).containsExactly(node(1), node(2), node(3));
      assertThat(flow.nodes()).allSatisfy(n -> {
        assertThat(n.isPending()).isTrue();
        assertThat(n.childTask()).isEqualTo(Option.none());
      });
      assertThat(flow.agents()).containsOnly(Option.some(CampaignFixtures.AGENT));
      assertThat(flow.nextPendingNode().map(RecallNode::id)).isEqualTo(Option.some(node(1)));
    }

    @Test
    @DisplayName("from a plan without agents has nodes without an agent")
    void noAgents() {
      RecallPlan plan = new RecallPlan(RecallType.ALL, 5, 2, List.empty(), List.empty());
      RecallFlow flow = RecallFlow.start(FLOW_ID, PARENT_TASK, "parent", RecallFlowFixtures.CREATED, plan, nodeIds());

      assertThat(flow.agents()).containsExactly(Option.none(), Option.none());
    }

    @Test
    @DisplayName("finds its nodes by id")
    void findsNodes() {
      assertThat(pending(FLOW, 2).node(node(2)).map(RecallNode::id)).isEqualTo(Option.some(node(2)));
      assertThat(pending(FLOW, 2).node(RecallNodeId.of(1))).isEqualTo(Option.none());
    }
  }

  @Nested
  @DisplayName("editing")
  class Editing {

    @Test
    @DisplayName("a pending flow takes the new type, interval and attempts; new attempts get new nodes and each node its agent")
    void growing() {
      RecallPlan plan = new RecallPlan(RecallType.ALL, 60, 4, List.empty(), List.of(AgentId.of(1), AgentId.of(2), AgentId.of(3), AgentId.of(4)));
      RecallFlow edited = right(pending(FLOW, 2).edit(plan, () -> 9000));

      assertThat(edited.type()).isEqualTo(RecallType.ALL);
      assertThat(edited.intervalMinutes()).isEqualTo(60);
      assertThat(edited.attempts()).isEqualTo(4);
      assertThat(edited.nodes().map(RecallNode::id)).containsExactly(node(1), node(2), RecallNodeId.of(9000), RecallNodeId.of(9000));
      assertThat(edited.agents()).containsExactly(Option.some(AgentId.of(1)), Option.some(AgentId.of(2)),
          Option.some(AgentId.of(3)), Option.some(AgentId.of(4)));
      assertThat(edited.isPending()).isTrue();
    }

    @Test
    @DisplayName("fewer attempts drop the surplus nodes; no agents keep the nodes' agents")
    void shrinking() {
      RecallPlan plan = new RecallPlan(RecallType.FAILED, 30, 1, List.empty(), List.empty());
      RecallFlow edited = right(pending(FLOW, 3).edit(plan, () -> 9000));

      assertThat(edited.nodes().map(RecallNode::id)).containsExactly(node(1));
      assertThat(edited.agents()).containsExactly(Option.some(CampaignFixtures.AGENT));
    }

    @Test
    @DisplayName("an edit's plan names one agent per attempt: its own, or each node's, an added attempt the first reported")
    void agentsForAnEdit() {
      RecallPlan named = new RecallPlan(RecallType.ALL, 60, 2, List.empty(), List.of(AgentId.of(7), AgentId.of(8)));
      RecallPlan unnamed = new RecallPlan(RecallType.ALL, 60, 4, List.empty(), List.empty());
      RecallFlow mixed = withNodes(pending(FLOW, 3), pending(FLOW, 3).nodes().zipWithIndex().map(node -> new RecallNode(node._1.id(),
          node._1.childTask(), node._1.status(), node._2 == 0 ? Option.none() : Option.some(AgentId.of(50 + node._2)))));

      assertThat(pending(FLOW, 3).withAgentsFor(named, "plan.agents").get()).isEqualTo(named);
      assertThat(mixed.withAgentsFor(unnamed, "plan.agents").get().agents())
          .containsExactly(AgentId.of(51), AgentId.of(51), AgentId.of(52), AgentId.of(51));
      assertThat(pending(FLOW, 2).withAgentsFor(unnamed, "plan.agents").get().agents()).containsOnly(CampaignFixtures.AGENT).hasSize(4);
    }

    @Test
    @DisplayName("an edit naming no agents of a flow that reports none is a violation at the given path")
    void noAgentToKeep() {
      RecallFlow unreported = withNodes(pending(FLOW, 2), pending(FLOW, 2).nodes().map(n -> new RecallNode(n.id(), n.childTask(), n.status(), Option.none())));

      assertThat(unreported.withAgentsFor(new RecallPlan(RecallType.ALL, 60, 2, List.empty(), List.empty()), "plan.agents").getError())
          .isEqualTo(Violation.of("plan.agents", "none", "must name one agent per attempt: the flow reports no agent to keep"));
    }

    @ParameterizedTest(name = "{0}: refused")
    @MethodSource("io.voicecampaign.domain.recall.RecallFlowTest#notPending")
    @DisplayName("only a pending flow may be edited")
    void notPending(String state, RecallFlow flow) {
      RecallRejection rejection = left(flow.edit(RecallFlowFixtures.plan(2), () -> 9000));

      assertThat(rejection).isEqualTo(new RecallRejection.FlowNotPending(FLOW_ID, flow.status(), "edit"));
      assertThat(rejection.message()).isEqualTo("cannot edit recall flow 298: it is " + flow.status()
          + " and only a PENDING flow may be edited");
      assertThat(left(flow.checkEditable())).isEqualTo(rejection);
    }
  }

  @Nested
  @DisplayName("cancelling the whole flow")
  class CancelWhole {

    @Test
    @DisplayName("a pending flow and every node become CANCELLED")
    void pendingFlow() {
      RecallFlow flow = right(pending(FLOW, 3).cancel());

      assertThat(flow.status()).isEqualTo(C);
      assertThat(nodeStatuses(flow)).containsExactly(C, C, C);
    }

    @ParameterizedTest(name = "{0}: refused")
    @MethodSource("io.voicecampaign.domain.recall.RecallFlowTest#notPending")
    @DisplayName("only a pending flow may be cancelled whole")
    void notPending(String state, RecallFlow flow) {
      RecallRejection rejection = left(flow.cancel());

      assertThat(rejection).isEqualTo(new RecallRejection.FlowNotPending(FLOW_ID, flow.status(), "cancel"));
      assertThat(rejection.message()).contains("cannot cancel recall flow 298", "only a PENDING flow may be cancelled");
      assertThat(left(flow.checkCancellable())).isEqualTo(rejection);
    }
  }

  @Nested
  @DisplayName("cancelling from a node on")
  class CancelFrom {

    @Test
    @DisplayName("cancels that node and every later one; earlier pending nodes keep the flow pending")
    void laterNodes() {
      RecallFlow flow = right(pending(FLOW, 3).cancelFrom(node(2)));

      assertThat(nodeStatuses(flow)).containsExactly(P, C, C);
      assertThat(flow.status()).isEqualTo(P);
    }

    @Test
    @DisplayName("from the first node of a pending flow cancels the flow too")
    void firstNode() {
      RecallFlow flow = right(pending(FLOW, 3).cancelFrom(node(1)));

      assertThat(nodeStatuses(flow)).containsExactly(C, C, C);
      assertThat(flow.status()).isEqualTo(C);
    }

    @Test
    @DisplayName("while an attempt runs, the flow goes on until it ends, then is CANCELLED")
    void whileRunning() {
      RecallFlow flow = right(firstAttemptRunning(FLOW, 3).cancelFrom(node(2)));
      assertThat(nodeStatuses(flow)).containsExactly(R, C, C);
      assertThat(flow.status()).isEqualTo(R);

      RecallFlow ended = right(flow.completeNode(node(1)));
      assertThat(nodeStatuses(ended)).containsExactly(D, C, C);
      assertThat(ended.status()).isEqualTo(C);
      assertThat(ended.finishedAttempts()).isEqualTo(1);
    }

    @Test
    @DisplayName("between attempts, cancelling every remaining node cancels the flow")
    void betweenAttemptsCancelsFlow() {
      RecallFlow flow = right(betweenAttempts(FLOW, 3).cancelFrom(node(2)));

      assertThat(nodeStatuses(flow)).containsExactly(D, C, C);
      assertThat(flow.status()).isEqualTo(C);
    }

    @Test
    @DisplayName("a node that is not pending is refused with its status")
    void nodeNotPending() {
      RecallRejection running = left(firstAttemptRunning(FLOW, 2).cancelFrom(node(1)));
      RecallRejection done = left(betweenAttempts(FLOW, 2).cancelFrom(node(1)));

      assertThat(running).isEqualTo(new RecallRejection.NodeNotPending(FLOW_ID, node(1), R));
      assertThat(done).isEqualTo(new RecallRejection.NodeNotPending(FLOW_ID, node(1), D));
      assertThat(running.message())
          .isEqualTo("cannot cancel recall flow 298 from node 29801: the node is IN_PROGRESS and only a PENDING node may be cancelled");
    }

    @Test
    @DisplayName("a node the flow does not have is refused")
    void unknownNode() {
      RecallRejection rejection = left(pending(FLOW, 2).cancelFrom(RecallNodeId.of(1)));

      assertThat(rejection).isEqualTo(new RecallRejection.NodeNotFound(FLOW_ID, RecallNodeId.of(1)));
      assertThat(rejection.message()).isEqualTo("recall flow 298 has no node 1");
    }

    @Test
    @DisplayName("a flow that has already ended keeps its final status")
    void endedFlow() {
      RecallFlow flow = right(failed(FLOW, 3).cancelFrom(node(2)));

      assertThat(nodeStatuses(flow)).containsExactly(X, C, C);
      assertThat(flow.status()).isEqualTo(X);
    }
  }

  @Nested
  @DisplayName("cancelling what remains")
  class Remaining {

    @Test
    @DisplayName("a pending flow is cancelled whole, by its id")
    void pendingWhole() {
      assertThat(pending(FLOW, 3).remainingCancellation().get()).isEqualTo(new RecallCancellation.WholeFlow(FLOW_ID));
    }

    @Test
    @DisplayName("a flow in progress is cancelled from its next pending node")
    void inProgressFromNext() {
      assertThat(firstAttemptRunning(FLOW, 3).remainingCancellation().get()).isEqualTo(new RecallCancellation.FromNode(node(2)));
      assertThat(betweenAttempts(FLOW, 3).remainingCancellation().get()).isEqualTo(new RecallCancellation.FromNode(node(2)));
      assertThat(detailed(R, D, D, P).remainingCancellation().get()).isEqualTo(new RecallCancellation.FromNode(node(3)));
    }

    static Stream<Arguments> nothingLeft() {
      return Stream.of(
          Arguments.of("last attempt running", lastAttemptRunning(FLOW, 2)),
          Arguments.of("completed", completed(FLOW, 2)),
          Arguments.of("cancelled", cancelled(FLOW, 2)),
          Arguments.of("execution exception", failed(FLOW, 2)),
          Arguments.of("in progress, nodes not reported", listed(R, 2, 1)),
          Arguments.of("unknown(9) with a pending node", detailed(RecallStatus.of(9), P)));
    }

    @ParameterizedTest(name = "{0}: nothing left")
    @MethodSource("nothingLeft")
    @DisplayName("with no pending attempt left, there is nothing to cancel")
    void nothingLeft(String state, RecallFlow flow) {
      RecallRejection rejection = left(flow.remainingCancellation());

      assertThat(rejection).isEqualTo(new RecallRejection.NothingLeftToCancel(FLOW_ID, flow.status()));
      assertThat(rejection.message()).isEqualTo("recall flow 298 is " + flow.status() + " and has no pending attempt left to cancel");
    }

    @Test
    @DisplayName("applying the chosen cancellation gives the expected flow")
    void apply() {
      RecallFlow whole = right(pending(FLOW, 2).apply(pending(FLOW, 2).remainingCancellation().get()));
      RecallFlow fromNode = right(firstAttemptRunning(FLOW, 2).apply(firstAttemptRunning(FLOW, 2).remainingCancellation().get()));

      assertThat(whole.status()).isEqualTo(C);
      assertThat(nodeStatuses(fromNode)).containsExactly(R, C);
      assertThat(right(pending(FLOW, 2).apply(new RecallCancellation.WholeFlowOfTask(PARENT_TASK))).status()).isEqualTo(C);
      assertThat(right(detailed(P, P).apply(new RecallCancellation.WholeFlowOfTask(TaskId.of(1)))).status()).isEqualTo(C);
      assertThat(left(firstAttemptRunning(FLOW, 2).apply(new RecallCancellation.WholeFlow(FLOW_ID))))
          .isInstanceOf(RecallRejection.FlowNotPending.class);
    }

    @Test
    @DisplayName("a whole-flow cancellation aimed at another flow or task is a programming error")
    void applyToWrongFlow() {
      assertThatIllegalArgumentException().isThrownBy(() -> pending(FLOW, 2).apply(new RecallCancellation.WholeFlow(RecallFlowId.of(1))))
          .withMessage("cancellation of recall flow 1 applied to recall flow 298");
      assertThatIllegalArgumentException().isThrownBy(() -> pending(FLOW, 2).apply(new RecallCancellation.WholeFlowOfTask(TaskId.of(1))))
          .withMessageContaining("task 1");
    }
  }

  @Nested
  @DisplayName("running the attempts")
  class Running {

    @Test
    @DisplayName("starting the next node puts it and the flow IN_PROGRESS with its child task")
    void start() {
      RecallFlow flow = firstAttemptRunning(FLOW, 2);

      assertThat(flow.status()).isEqualTo(R);
      assertThat(nodeStatuses(flow)).containsExactly(R, P);
      assertThat(flow.nodes().head().childTask()).isEqualTo(Option.some(childTask(1)));
      assertThat(flow.nodes().last().childTask()).isEqualTo(Option.none());
    }

    @Test
    @DisplayName("attempts run one at a time: no start while a node is still in progress")
    void oneAtATime() {
      RecallRejection rejection = left(firstAttemptRunning(FLOW, 3).startNextNode(childTask(2)));

      assertThat(rejection).isInstanceOf(RecallRejection.IllegalTransition.class);
      assertThat(rejection.message()).isEqualTo("recall flow 298 (node 29801 is still in progress) cannot move from IN_PROGRESS to IN_PROGRESS");
    }

    @Test
    @DisplayName("the next attempt starts after the previous one completed")
    void secondAttempt() {
      RecallFlow flow = right(betweenAttempts(FLOW, 2).startNextNode(childTask(2)));

      assertThat(nodeStatuses(flow)).containsExactly(D, R);
      assertThat(flow.status()).isEqualTo(R);
    }

    @Test
    @DisplayName("nothing starts when no node is pending or the flow has ended")
    void nothingToStart() {
      assertThat(left(completed(FLOW, 1).startNextNode(childTask(2))).message()).contains("no pending node left");
      assertThat(left(right(pending(FLOW, 2).cancelFrom(node(2))).cancel().flatMap(f -> f.startNextNode(childTask(1)))))
          .isInstanceOf(RecallRejection.IllegalTransition.class);
      assertThat(left(failed(FLOW, 2).startNextNode(childTask(2))))
          .isEqualTo(new RecallRejection.IllegalTransition("recall flow 298", X, R));
    }

    @Test
    @DisplayName("completing nodes counts finished attempts; the last one completes the flow")
    void complete() {
      RecallFlow between = betweenAttempts(FLOW, 2);
      assertThat(between.finishedAttempts()).isEqualTo(1);
      assertThat(between.status()).isEqualTo(R);

      RecallFlow done = completed(FLOW, 2);
      assertThat(done.finishedAttempts()).isEqualTo(2);
      assertThat(done.status()).isEqualTo(D);
      assertThat(nodeStatuses(done)).containsExactly(D, D);
    }

    @Test
    @DisplayName("only a running node completes")
    void completeNotRunning() {
      assertThat(left(pending(FLOW, 2).completeNode(node(1))))
          .isEqualTo(new RecallRejection.IllegalTransition("node 29801", P, D));
      assertThat(left(pending(FLOW, 2).completeNode(RecallNodeId.of(1)))).isInstanceOf(RecallRejection.NodeNotFound.class);
    }

    @Test
    @DisplayName("a failing node puts itself and the flow in EXECUTION_EXCEPTION")
    void fail() {
      RecallFlow flow = failed(FLOW, 3);

      assertThat(flow.status()).isEqualTo(X);
      assertThat(nodeStatuses(flow)).containsExactly(X, P, P);
      assertThat(left(betweenAttempts(FLOW, 2).failNode(node(1)))).isEqualTo(new RecallRejection.IllegalTransition("node 29801", D, X));
    }

    @Test
    @DisplayName("a flow follows the legal transitions and names the illegal ones")
    void transitions() {
      assertThat(P.canMoveTo(R)).isTrue();
      assertThat(P.canMoveTo(X)).isTrue();
      assertThat(D.canMoveTo(R)).isFalse();
      RecallRejection illegal = new RecallRejection.IllegalTransition("recall flow 298", D, R);
      assertThat(illegal.message()).isEqualTo("recall flow 298 cannot move from COMPLETED to IN_PROGRESS");
      assertThat(P.canMoveTo(D)).isFalse();
      assertThat(C.canMoveTo(C)).isFalse();
    }
  }
}
