package io.voicecampaign.adapter.http.recall;

import io.voicecampaign.adapter.http.recall.wire.RecallFlowCancelRequest;
import io.voicecampaign.adapter.http.recall.wire.RecallFlowDetail;
import io.voicecampaign.adapter.http.recall.wire.RecallFlowPage;
import io.voicecampaign.adapter.http.recall.wire.RecallFlowQueryParams;
import io.voicecampaign.adapter.http.recall.wire.RecallFlowQueryRequest;
import io.voicecampaign.adapter.http.recall.wire.RecallFlowRecord;
import io.voicecampaign.adapter.http.recall.wire.RecallFlowUpdateRequest;
import io.voicecampaign.adapter.http.recall.wire.RecallNodeRecord;
import io.voicecampaign.adapter.http.recall.wire.RecallNodeUpdate;
import io.voicecampaign.adapter.http.support.WirePage;
import io.voicecampaign.adapter.http.support.WireProblem;
import io.voicecampaign.adapter.http.support.WireTime;
import io.voicecampaign.domain.recall.RecallCancellation;
import io.voicecampaign.domain.recall.RecallFlow;
import io.voicecampaign.domain.recall.RecallFlowId;
import io.voicecampaign.domain.recall.RecallFlowQuery;
import io.voicecampaign.domain.recall.RecallNode;
import io.voicecampaign.domain.recall.RecallNodeId;
import io.voicecampaign.domain.recall.RecallPlan;
import io.voicecampaign.domain.recall.RecallStatus;
import io.voicecampaign.domain.recall.RecallType;
import io.voicecampaign.domain.shared.AgentId;
import io.voicecampaign.domain.shared.Page;
import io.voicecampaign.domain.shared.PageRequest;
import io.voicecampaign.domain.task.TaskId;
import io.vavr.collection.Array;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.ZoneId;
import java.util.ArrayList;

/** Maps recall-flow queries, edits and cancels to their wire bodies, and answers to domain flows. */
final class RecallFlowMapper {

  private RecallFlowMapper() {}

  static RecallFlowQueryRequest toRequest(RecallFlowQuery query, ZoneId zone) {
    return new RecallFlowQueryRequest(query.page().current(), query.page().size(), new RecallFlowQueryParams(
        WireTime.format(query.createdWithin().from(), zone),
        WireTime.format(query.createdWithin().to(), zone),
        query.taskName().getOrNull()));
  }

  static RecallFlowUpdateRequest toRequest(RecallFlowId id, RecallPlan plan) {
    java.util.List<String> intents = null;
    if (!plan.intents().isEmpty()) {
      intents = new ArrayList<>(plan.intents().size());
      for (var intent : plan.intents()) {
        intents.add(intent.value());
      }
    }
    java.util.List<RecallNodeUpdate> nodes = new ArrayList<>(plan.agents().size());
    for (AgentId agent : plan.agents()) {
      nodes.add(new RecallNodeUpdate(agent.value()));
    }
    return new RecallFlowUpdateRequest(id.value(), plan.type().code(), plan.intervalMinutes(), plan.attempts(), intents, nodes);
  }

  static RecallFlowCancelRequest toRequest(RecallCancellation cancellation) {
    return new RecallFlowCancelRequest(cancellation.type(), cancellation.id());
  }

  static Page<RecallFlow> toDomain(RecallFlowPage page, PageRequest asked, ZoneId zone) {
    java.util.List<RecallFlowRecord> records = page.records() == null ? java.util.List.of() : page.records();
    RecallFlow[] flows = new RecallFlow[records.size()];
    for (int i = 0; i < flows.length; i++) {
      String path = "records[" + i + "]";
      flows[i] = toDomain(WireProblem.required(path, records.get(i)), path, zone);
    }
    return WirePage.of(Array.of(flows), page.total(), page.size(), page.current(), page.pages(), asked);
  }

  static RecallFlow toDomain(RecallFlowRecord r, String path, ZoneId zone) {
    return new RecallFlow(
        RecallFlowId.of(positive(path + ".keyId", r.keyId())),
        optionalTask(r.taskId()),
        Option.of(r.taskName()),
        WireTime.parse(path + ".createTime", r.createTime(), zone),
        RecallType.of(WireProblem.required(path + ".recallType", r.recallType())),
        WireProblem.required(path + ".recallInterval", r.recallInterval()),
        WireProblem.required(path + ".recallNum", r.recallNum()),
        r.finishNum() == null ? 0 : r.finishNum(),
        RecallStatus.of(WireProblem.required(path + ".status", r.status())),
        List.empty());
  }

  static RecallFlow toDomain(RecallFlowDetail d) {
    java.util.List<RecallNodeRecord> records = d.nodeList() == null ? java.util.List.of() : d.nodeList();
    RecallNode[] nodes = new RecallNode[records.size()];
    int completed = 0;
    for (int i = 0; i < nodes.length; i++) {
      String path = "nodeList[" + i + "]";
      RecallNodeRecord n = WireProblem.required(path, records.get(i));
      nodes[i] = new RecallNode(
          RecallNodeId.of(positive(path + ".keyId", n.keyId())),
          optionalTask(n.taskId()),
          RecallStatus.of(WireProblem.required(path + ".nodeStatus", n.nodeStatus())),
          n.scriptId() != null && n.scriptId() > 0 ? Option.some(AgentId.of(n.scriptId())) : Option.none());
      if (nodes[i].status().equals(RecallStatus.COMPLETED)) {
        completed++;
      }
    }
    return new RecallFlow(
        RecallFlowId.of(positive("keyId", d.keyId())),
        Option.none(),
        Option.none(),
        Option.none(),
        RecallType.of(WireProblem.required("recallType", d.recallType())),
        WireProblem.required("recallInterval", d.recallInterval()),
        WireProblem.required("recallNum", d.recallNum()),
        completed,
        RecallStatus.of(WireProblem.required("status", d.status())),
        Array.of(nodes));
  }

  private static long positive(String field, Long value) {
    long id = WireProblem.required(field, value);
    if (id <= 0) {
      throw new WireProblem(field + " " + id + " is not a positive id");
    }
    return id;
  }

  /** A pending node or a flow without a known parent reports no task, or task 0. */
  private static Option<TaskId> optionalTask(Long id) {
    return id != null && id > 0 ? Option.some(TaskId.of(id)) : Option.none();
  }
}
