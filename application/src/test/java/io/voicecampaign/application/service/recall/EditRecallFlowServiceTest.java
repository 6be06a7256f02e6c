package io.voicecampaign.application.service.recall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.verify;

import io.voicecampaign.application.port.in.Failure;
import io.voicecampaign.application.port.in.recall.EditRecallFlowCommand;
import io.voicecampaign.application.port.out.GatewayFailure;
import io.voicecampaign.application.testing.GatewayFailureFixtures;
import io.voicecampaign.domain.fixtures.RecallFlowFixtures;
import io.voicecampaign.domain.recall.RecallFlow;
import io.voicecampaign.domain.recall.RecallFlowId;
import io.voicecampaign.domain.recall.RecallPlan;
import io.voicecampaign.domain.recall.RecallRejection;
import io.voicecampaign.domain.recall.RecallStatus;
import io.voicecampaign.domain.recall.RecallType;
import io.voicecampaign.domain.shared.AgentId;
import io.voicecampaign.domain.shared.PlatformCode;
import io.vavr.Tuple;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Editing a recall flow")
class EditRecallFlowServiceTest {

  private static final RecallPlan NEW_PLAN = new RecallPlan(RecallType.ALL, 60, 2, List.empty(),
      List.of(AgentId.of(51), AgentId.of(52)));

  @Test
  @DisplayName("sends the edit of a pending flow and answers the flow as read after it")
  void editsPendingFlow() {
    RecallFlow pending = RecallFlowFixtures.pending(12);
    FakeRecallFlowGateway gateway = new FakeRecallFlowGateway(pending);

    Either<Failure, RecallFlow> edited = new EditRecallFlowService(gateway).edit(new EditRecallFlowCommand(pending.id(), NEW_PLAN));

    assertThat(gateway.edits()).containsExactly(Tuple.of(pending.id(), NEW_PLAN));
    RecallFlow flow = edited.get();
    assertThat(flow.type()).isEqualTo(RecallType.ALL);
    assertThat(flow.intervalMinutes()).isEqualTo(60);
    assertThat(flow.attempts()).isEqualTo(2);
    assertThat(flow.agents()).containsExactly(Option.of(AgentId.of(51)), Option.of(AgentId.of(52)));
    assertThat(gateway.detailReads()).containsExactly(pending.id(), pending.id());
  }

  @Test
  @DisplayName("a plan naming no agents is sent with one node per attempt: each keeps its agent, an added one runs the flow's")
  void planWithoutAgentsKeepsEachAttemptsAgent() {
    RecallFlow pending = RecallFlowFixtures.pending(12);
    FakeRecallFlowGateway gateway = new FakeRecallFlowGateway(pending);
    RecallPlan noAgents = new RecallPlan(RecallType.FAILED, 45, pending.attempts() + 1, List.empty(), List.empty());

    new EditRecallFlowService(gateway).edit(new EditRecallFlowCommand(pending.id(), noAgents)).get();

    AgentId agent = RecallFlowFixtures.AGENT;
    assertThat(gateway.edits()).containsExactly(Tuple.of(pending.id(),
        new RecallPlan(RecallType.FAILED, 45, pending.attempts() + 1, List.empty(), List.fill(pending.attempts() + 1, agent))));
  }

  @Test
  @DisplayName("a plan naming no agents for a flow that reports none is refused, naming the field, and never sent")
  void planWithoutAgentsForFlowWithoutAgents() {
    RecallFlow pending = RecallFlowFixtures.pending(12);
    RecallFlow unreported = new RecallFlow(pending.id(), pending.parentTask(), pending.parentTaskName(), pending.createdTime(),
        pending.type(), pending.intervalMinutes(), pending.attempts(), pending.finishedAttempts(), pending.status(),
        pending.nodes().map(node -> new io.voicecampaign.domain.recall.RecallNode(node.id(), node.childTask(), node.status(), Option.none())));
    FakeRecallFlowGateway gateway = spy(new FakeRecallFlowGateway(unreported));

    Either<Failure, RecallFlow> edited = new EditRecallFlowService(gateway)
        .edit(new EditRecallFlowCommand(pending.id(), new RecallPlan(RecallType.ALL, 45, 1, List.empty(), List.empty())));

    assertThat(edited.getLeft()).isInstanceOfSatisfying(Failure.InvalidInput.class,
        failure -> assertThat(failure.violations().map(v -> v.path())).containsExactly("plan.agents"));
    verify(gateway, never()).editFlow(any(), any());
  }

  @Test
  @DisplayName("refuses a flow that has started, with the domain's reason, and never sends the edit")
  void refusesStartedFlow() {
    RecallFlow running = RecallFlowFixtures.firstAttemptRunning(12);
    FakeRecallFlowGateway gateway = spy(new FakeRecallFlowGateway(running));

    Either<Failure, RecallFlow> edited = new EditRecallFlowService(gateway).edit(new EditRecallFlowCommand(running.id(), NEW_PLAN));

    assertThat(edited).isEqualTo(Either.left(new Failure.RecallRefused(
        new RecallRejection.FlowNotPending(running.id(), RecallStatus.IN_PROGRESS, "edit"))));
    verify(gateway, never()).editFlow(any(), any());
  }

  @Test
  @DisplayName("refuses a finished flow and never sends the edit")
  void refusesFinishedFlow() {
    RecallFlow completed = RecallFlowFixtures.completed(12);
    FakeRecallFlowGateway gateway = spy(new FakeRecallFlowGateway(completed));

    Either<Failure, RecallFlow> edited = new EditRecallFlowService(gateway).edit(new EditRecallFlowCommand(completed.id(), NEW_PLAN));

    assertThat(edited.getLeft()).isInstanceOf(Failure.RecallRefused.class);
    verify(gateway, never()).editFlow(any(), any());
  }

  @Test
  @DisplayName("a failed read comes back as a gateway failure and nothing is sent")
  void readFails() {
    FakeRecallFlowGateway gateway = spy(new FakeRecallFlowGateway());

    Either<Failure, RecallFlow> edited = new EditRecallFlowService(gateway).edit(new EditRecallFlowCommand(RecallFlowId.of(404), NEW_PLAN));

    assertThat(edited.getLeft()).isInstanceOf(Failure.Gateway.class);
    verify(gateway, never()).editFlow(any(), any());
  }

  @Test
  @DisplayName("the platform stays authoritative: its refusal of an edit the rule allowed comes back as a gateway failure")
  void platformRefuses() {
    RecallFlow pending = RecallFlowFixtures.pending(12);
    GatewayFailure refused = GatewayFailureFixtures.rejected(PlatformCode.PARAMETER_EXCEPTION);
    FakeRecallFlowGateway gateway = new FakeRecallFlowGateway(pending).failNextEdit(refused);

    Either<Failure, RecallFlow> edited = new EditRecallFlowService(gateway).edit(new EditRecallFlowCommand(pending.id(), NEW_PLAN));

    assertThat(edited).isEqualTo(Either.left(new Failure.Gateway(refused)));
    assertThat(gateway.detailReads()).hasSize(1);
  }

  @Test
  @DisplayName("when the read after a successful edit fails, that failure comes back (the edit was applied)")
  void rereadFails() {
    RecallFlow pending = RecallFlowFixtures.pending(12);
    GatewayFailure down = GatewayFailureFixtures.unavailable();
    FakeRecallFlowGateway gateway = new FakeRecallFlowGateway(pending)
        .answerDetails(List.of(Either.right(RecallFlowFixtures.asDetailed(pending)), Either.left(down)));

    Either<Failure, RecallFlow> edited = new EditRecallFlowService(gateway).edit(new EditRecallFlowCommand(pending.id(), NEW_PLAN));

    assertThat(edited).isEqualTo(Either.left(new Failure.Gateway(down)));
    assertThat(gateway.edits()).hasSize(1);
    assertThat(gateway.flow(pending.id()).get().attempts()).isEqualTo(2);
  }
}
