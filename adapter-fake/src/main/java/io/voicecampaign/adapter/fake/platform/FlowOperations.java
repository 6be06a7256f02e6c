package io.voicecampaign.adapter.fake.platform;

import io.voicecampaign.domain.recall.RecallCancellation;
import io.voicecampaign.domain.recall.RecallFlow;
import io.voicecampaign.domain.recall.RecallFlowId;
import io.voicecampaign.domain.recall.RecallFlowQuery;
import io.voicecampaign.domain.recall.RecallNodeId;
import io.voicecampaign.domain.recall.RecallPlan;
import io.voicecampaign.domain.recall.RecallRejection;
import io.voicecampaign.domain.recall.RecallSelection;
import io.voicecampaign.domain.shared.AgentId;
import io.voicecampaign.domain.shared.Done;
import io.voicecampaign.domain.shared.Page;
import io.voicecampaign.domain.shared.PageRequest;
import io.voicecampaign.domain.shared.PlatformCode;
import io.voicecampaign.domain.shared.Violation;
import io.voicecampaign.domain.task.TaskId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;

/**
 * The platform's recall-flow endpoints: list, detail, edit and cancel, each answered by the domain's
 * {@link RecallFlow} rules, and the snapshots tests read. Guarded by the platform's lock.
 */
final class FlowOperations {

  private final PlatformState state;
  private final TaskLifecycle lifecycle;

  FlowOperations(PlatformState state, TaskLifecycle lifecycle) {
    this.state = state;
    this.lifecycle = lifecycle;
  }

  Reply<Page<RecallFlow>> queryFlows(RecallFlowQuery query) {
    String search = ListingViews.searchText(query.taskName());
    long taskId = search == null ? -1 : ListingViews.parseId(search);
    long from = ListingViews.truncateToSeconds(query.createdWithin().from().toEpochMilli());
    long to = ListingViews.truncateToSeconds(query.createdWithin().to().toEpochMilli());
    PageRequest page = query.page();
    long skip = (long) (page.current() - 1) * page.size();
    long total = 0;
    java.util.List<RecallFlow> records = new ArrayList<>();
    for (int i = state.flows.size() - 1; i >= 0; i--) {
      FlowState flow = state.flows.get(i);
      TaskState parent = flow.parent;
      boolean matches = parent.createdMillis >= from && parent.createdMillis <= to
          && (search == null || parent.id.value() == taskId || parent.searchName.contains(search));
      if (matches) {
        if (total >= skip && records.size() < page.size()) {
          records.add(ListingViews.listed(flow.flow));
        }
        total++;
      }
    }
    return Reply.ok(ListingViews.page(records, page, total));
  }

  Reply<RecallFlow> flowDetail(RecallFlowId id) {
    FlowState flow = state.flowsById.get(id.value());
    if (flow == null) {
      return Reply.refused(PlatformCode.DATA_NOT_FOUND, "no recall flow with keyId " + id);
    }
    return Reply.ok(ListingViews.detailed(flow.flow));
  }

  Option<RecallFlow> flow(RecallFlowId id) {
    return Option.of(state.flowsById.get(id.value())).map(flow -> flow.flow);
  }

  Option<RecallFlow> flowOfTask(TaskId id) {
    TaskState task = state.tasksById.get(id.value());
    return task == null || task.node != null || task.flow == null ? Option.none() : Option.some(task.flow.flow);
  }

  Reply<Done> editFlow(RecallFlowId id, RecallPlan plan) {
    FlowState flow = state.flowsById.get(id.value());
    if (flow == null) {
      return Reply.refused(PlatformCode.DATA_NOT_FOUND, "no recall flow with keyId " + id);
    }
    Seq<AgentId> unknown = state.options.knownAgents().isEmpty()
        ? List.empty()
        : plan.agents().distinct().filter(agent -> !state.options.knownAgents().contains(agent));
    if (!unknown.isEmpty()) {
      return Reply.refused(PlatformCode.PARAMETER_EXCEPTION,
          Violation.of("nodeList[].scriptId", unknown.mkString(", "), "must name agent templates of this account").toString());
    }
    Either<RecallRejection, RecallFlow> edited = flow.flow.edit(plan, state.nodeIds);
    if (edited.isLeft()) {
      return Reply.refused(PlatformCode.PARAMETER_EXCEPTION, edited.getLeft().message());
    }
    state.unindexNodes(flow);
    flow.flow = edited.get();
    state.indexNodes(flow);
    flow.selection = RecallSelection.of(plan);
    lifecycle.rescheduleNextNode(flow);
    return Reply.ok(Done.DONE);
  }

  Reply<Done> cancelFlow(RecallCancellation cancellation) {
    FlowState flow;
    if (cancellation instanceof RecallCancellation.WholeFlow whole) {
      flow = state.flowsById.get(whole.flowId().value());
      if (flow == null) {
        return Reply.refused(PlatformCode.DATA_NOT_FOUND, "no recall flow with keyId " + whole.flowId());
      }
    } else if (cancellation instanceof RecallCancellation.WholeFlowOfTask ofTask) {
      TaskState task = state.tasksById.get(ofTask.parentTask().value());
      if (task == null || task.node != null || task.flow == null) {
        return Reply.refused(PlatformCode.DATA_NOT_FOUND, "no recall flow whose parent task is " + ofTask.parentTask());
      }
      flow = task.flow;
    } else {
      RecallNodeId node = ((RecallCancellation.FromNode) cancellation).nodeId();
      flow = state.flowsByNode.get(node.value());
      if (flow == null) {
        return Reply.refused(PlatformCode.DATA_NOT_FOUND, "no recall flow node with keyId " + node);
      }
    }
    Either<RecallRejection, RecallFlow> cancelled = flow.flow.apply(cancellation);
    if (cancelled.isLeft()) {
      return Reply.refused(PlatformCode.PARAMETER_EXCEPTION, cancelled.getLeft().message());
    }
    flow.flow = cancelled.get();
    if (flow.flow.status().isTerminal()) {
      flow.version++;
    }
    return Reply.ok(Done.DONE);
  }
}
