package io.voicecampaign.adapter.http.task;

import com.squareup.moshi.JsonWriter;
import io.voicecampaign.adapter.http.support.WireTime;
import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.campaign.CallWindow;
import io.voicecampaign.domain.campaign.CalleeList;
import io.voicecampaign.domain.recall.IntentCode;
import io.voicecampaign.domain.recall.RecallPlan;
import io.voicecampaign.domain.shared.AgentId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import okio.Buffer;
import okio.BufferedSink;

/**
 * Writes a campaign as the body of {@code send/agent} with Moshi's {@code JsonWriter}, straight from
 * the domain objects into a sink: no intermediate string or byte array of the whole body, no wire
 * record per callee. Field order and shapes follow the seed page's example; absent optional fields are
 * omitted. The callee list, the body's bulk, goes through the writer's raw value sink
 * ({@link CalleeListJson}).
 */
final class CreateTaskJson {

  private CreateTaskJson() {}

  /** Writes {@code campaign}'s create body to {@code sink}, date-times in {@code zone}, and flushes. */
  static void write(AgentCampaign campaign, ZoneId zone, BufferedSink sink) throws IOException {
    write(campaign, zone, sink, campaign.calleeList());
  }

  /**
   * The exact number of bytes {@link #write} produces, computed without writing the callees: every
   * field but the callee list is written into a small buffer and measured, and the list's bytes are
   * counted from the sizes the domain counted when it checked them ({@link CalleeListJson#length}). Lets the body go out with its {@code Content-Length} while it is
   * written straight into the connection.
   */
  static long length(AgentCampaign campaign, ZoneId zone) {
    Buffer skeleton = new Buffer();
    try {
      write(campaign, zone, skeleton, null);
    } catch (IOException e) {
      // an in-memory buffer does not fail
      throw new UncheckedIOException(e);
    }
    return skeleton.size() - EMPTY_LIST_BYTES + CalleeListJson.length(campaign.calleeList());
  }

  private static final int EMPTY_LIST_BYTES = 2;

  /** Writes the body with {@code callees}, or with an empty list in their place when {@code null}. */
  private static void write(AgentCampaign campaign, ZoneId zone, BufferedSink sink, CalleeList callees)
      throws IOException {
    JsonWriter json = JsonWriter.of(sink);
    json.beginObject();
    json.name("appId").value(campaign.appId().value());
    json.name("taskName").value(campaign.taskName().value());
    if (campaign.displayNumber().isDefined()) {
      json.name("displayNum").value(campaign.displayNumber().get().digits());
    }
    json.name("maxCalls").value(campaign.maxCallDuration().seconds());
    json.name("maxRingingTime").value(campaign.maxRingingTime().seconds());
    json.name("agentId").value(campaign.agentId().value());
    json.name("enableRecording").value(campaign.recording() ? 1 : 0);
    json.name("calloutRate").value(campaign.calloutRate().multiplier());
    if (campaign.sendTime().isDefined()) {
      Instant sendTime = campaign.sendTime().get();
      json.name("sendTime").value(WireTime.format(sendTime, zone));
    }
    if (!campaign.callWindows().isEmpty()) {
      json.name("allowSendTime").beginArray();
      for (CallWindow window : campaign.callWindows()) {
        json.beginObject().name("strTime").value(window.startText()).name("endTime").value(window.endText()).endObject();
      }
      json.endArray();
    }
    json.name("numberInfoList");
    try (BufferedSink raw = json.valueSink()) {
      if (callees == null) {
        raw.writeUtf8("[]");
      } else {
        CalleeListJson.write(raw, callees);
      }
    }
    if (campaign.recallPlan().isDefined()) {
      writeRecallFlow(json, campaign.recallPlan().get());
    }
    json.endObject();
    json.flush();
  }

  private static void writeRecallFlow(JsonWriter json, RecallPlan plan) throws IOException {
    json.name("recallFlow").beginObject();
    json.name("recallType").value(plan.type().code());
    json.name("recallInterval").value(plan.intervalMinutes());
    json.name("recallNum").value(plan.attempts());
    json.name("nodeList").beginArray();
    for (AgentId agent : plan.agents()) {
      json.beginObject().name("agentId").value(agent.value()).endObject();
    }
    json.endArray();
    if (!plan.intents().isEmpty()) {
      json.name("recallIntent").beginArray();
      for (IntentCode intent : plan.intents()) {
        json.value(intent.value());
      }
      json.endArray();
    }
    json.endObject();
  }
}
