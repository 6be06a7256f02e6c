package io.voicecampaign.emulator.wire;

import io.voicecampaign.domain.recall.RecallFlow;
import io.voicecampaign.domain.recall.RecallNode;
import io.voicecampaign.domain.shared.Page;
import io.voicecampaign.domain.task.GroupCallTask;
import io.voicecampaign.domain.task.TaskType;
import io.voicecampaign.emulator.json.JsonWriter;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Writes the {@code data} of successful answers with the seed pages' field names: task records with
 * {@code taskId}, flow records, a flow's detail with its {@code nodeList}, and the page around records.
 */
public final class Answers {

  private final ZoneId zone;

  /** Answers writing date-times in {@code zone}. */
  public Answers(ZoneId zone) {
    this.zone = Objects.requireNonNull(zone, "zone == null");
  }

  /** A page of tasks: {@code records} of {@code taskId, taskName, status, rate, numCnt, callNum, success, fail, createdTime, scriptId, taskType}. */
  public Consumer<JsonWriter> tasks(Page<GroupCallTask> page) {
    return json -> page(json, page, this::task);
  }

  /** A page of recall flows: {@code records} of {@code keyId, taskName, taskId, recallType, status, recallInterval, recallNum, finishNum, createTime}. */
  public Consumer<JsonWriter> flows(Page<RecallFlow> page) {
    return json -> page(json, page, this::flowRecord);
  }

  /**
   * One flow's detail: {@code keyId, recallInterval, recallNum, recallType, status} and its
   * {@code nodeList} of {@code keyId, taskId, nodeStatus, scriptId} ({@code taskId} null until the
   * attempt has a task). The seed page's example also carries paging keys inside the detail; they are
   * written too (describing a page of this one flow), so clients meet the platform's quirk here first.
   */
  public Consumer<JsonWriter> detail(RecallFlow flow) {
    return json -> {
      json.beginObject()
          .name("keyId").value(flow.id().value())
          .name("recallInterval").value(flow.intervalMinutes())
          .name("recallNum").value(flow.attempts())
          .name("recallType").value(flow.type().code())
          .name("status").value(flow.status().code())
          .name("nodeList").beginArray();
      for (RecallNode node : flow.nodes()) {
        json.beginObject().name("keyId").value(node.id().value()).name("taskId");
        if (node.childTask().isDefined()) {
          json.value(node.childTask().get().value());
        } else {
          json.nullValue();
        }
        json.name("nodeStatus").value(node.status().code()).name("scriptId");
        if (node.agentId().isDefined()) {
          json.value(node.agentId().get().value());
        } else {
          json.nullValue();
        }
        json.endObject();
      }
      json.endArray()
          .name("total").value(1)
          .name("size").value(1)
          .name("current").value(1)
          .name("searchCount").value(true)
          .name("pages").value(1)
          .endObject();
    };
  }

  /** A new task's id, the create's {@code data}. */
  public Consumer<JsonWriter> id(long id) {
    return json -> json.value(id);
  }

  /** {@code data: null}. */
  public Consumer<JsonWriter> none() {
    return JsonWriter::nullValue;
  }

  private void task(JsonWriter json, GroupCallTask task) {
    json.beginObject()
        .name("taskId").value(task.id().value())
        .name("taskName").value(task.name())
        .name("status").value(task.status().code())
        .name("rate").value(task.progress())
        .name("numCnt").value(task.numbers())
        .name("callNum").value(task.called())
        .name("success").value(task.success())
        .name("fail").value(task.fail());
    time(json.name("createdTime"), task.createdTime());
    json.name("scriptId");
    if (task.agentId().isDefined()) {
      json.value(task.agentId().get().value());
    } else {
      json.nullValue();
    }
    json.name("taskType").value(task.type().getOrElse(TaskType.AI_AGENT).code())
        .endObject();
  }

  private void flowRecord(JsonWriter json, RecallFlow flow) {
    json.beginObject()
        .name("keyId").value(flow.id().value())
        .name("taskName").value(flow.parentTaskName().getOrNull());
    json.name("taskId");
    if (flow.parentTask().isDefined()) {
      json.value(flow.parentTask().get().value());
    } else {
      json.nullValue();
    }
    json.name("recallType").value(flow.type().code())
        .name("status").value(flow.status().code())
        .name("recallInterval").value(flow.intervalMinutes())
        .name("recallNum").value(flow.attempts())
        .name("finishNum").value(flow.finishedAttempts());
    time(json.name("createTime"), flow.createdTime());
    json.endObject();
  }

  private void time(JsonWriter json, Option<Instant> instant) {
    if (instant.isDefined()) {
      json.value(WireTime.format(instant.get(), zone));
    } else {
      json.nullValue();
    }
  }

  private interface RecordWriter<T> {
    void write(JsonWriter json, T record);
  }

  private static <T> void page(JsonWriter json, Page<T> page, RecordWriter<T> records) {
    json.beginObject().name("records").beginArray();
    for (T record : page.records()) {
      records.write(json, record);
    }
    json.endArray()
        .name("total").value(page.total())
        .name("size").value(page.size())
        .name("current").value(page.current())
        .name("searchCount").value(true)
        .name("pages").value(page.pages())
        .endObject();
  }
}
