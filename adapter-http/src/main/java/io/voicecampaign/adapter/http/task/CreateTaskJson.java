package io.voicecampaign.adapter.http.task;

import com.squareup.moshi.JsonWriter;
import io.voicecampaign.adapter.http.support.WireTime;
import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.campaign.CallWindow;
import io.voicecampaign.domain.campaign.Callee;
import io.voicecampaign.domain.recall.IntentCode;
import io.voicecampaign.domain.recall.RecallPlan;
import io.voicecampaign.domain.shared.AgentId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import okio.Buffer;
import okio.BufferedSink;
import okio.ByteString;

/**
 * Writes a campaign as the body of {@code send/agent} with Moshi's {@code JsonWriter}, straight from
 * the domain objects into a sink: no intermediate string or byte array of the whole body, no wire
 * record per callee. Field order and shapes follow the seed page's example; absent optional fields are
 * omitted. The callee list goes through the writer's raw value sink (see {@link #writeCallees}).
 */
final class CreateTaskJson {

  private static final ByteString FIRST_CALLEE = ByteString.encodeUtf8("{\"calleeNumber\":\"");
  private static final ByteString NEXT_CALLEE = ByteString.encodeUtf8(",{\"calleeNumber\":\"");
  private static final ByteString[] TEXT_KEYS = new ByteString[Callee.MAX_TEXTS + 1];

  static {
    for (int n = 1; n <= Callee.MAX_TEXTS; n++) {
      TEXT_KEYS[n] = ByteString.encodeUtf8(",\"text" + n + "\":");
    }
  }

  private CreateTaskJson() {}

  /** Writes {@code campaign}'s create body to {@code sink}, date-times in {@code zone}, and flushes. */
  static void write(AgentCampaign campaign, ZoneId zone, BufferedSink sink) throws IOException {
    write(campaign, zone, sink, campaign.callees());
  }

  /**
   * The exact number of bytes {@link #write} produces, computed without writing the callees: every
   * field but the callee list is written into a small buffer and measured, and the list's bytes are
   * counted from the domain objects. Lets the body go out with its {@code Content-Length} while it is
   * written straight into the connection.
   */
  static long length(AgentCampaign campaign, ZoneId zone) {
    Buffer skeleton = new Buffer();
    try {
      write(campaign, zone, skeleton, List.empty());
    } catch (IOException e) {
      // an in-memory buffer does not fail
      throw new UncheckedIOException(e);
    }
    return skeleton.size() - EMPTY_LIST_BYTES + calleesLength(campaign.callees());
  }

  private static final int EMPTY_LIST_BYTES = 2;

  private static void write(AgentCampaign campaign, ZoneId zone, BufferedSink sink, Seq<Callee> callees)
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
      writeCallees(raw, callees);
    }
    if (campaign.recallPlan().isDefined()) {
      writeRecallFlow(json, campaign.recallPlan().get().withDefaultAgent(campaign.agentId()));
    }
    json.endObject();
    json.flush();
  }

  /**
   * The hot loop: up to 200,000 callees written as one raw JSON array. Keys are pre-encoded, numbers
   * are written as they are (a {@code PhoneNumber} holds only ASCII digits, which need no escaping),
   * and texts are escaped exactly as Moshi's writer would.
   */
  private static void writeCallees(BufferedSink raw, Seq<Callee> callees) throws IOException {
    raw.writeByte('[');
    boolean first = true;
    for (Callee callee : callees) {
      raw.write(first ? FIRST_CALLEE : NEXT_CALLEE);
      first = false;
      raw.writeUtf8(callee.number().digits());
      raw.writeByte('"');
      int texts = callee.textCount();
      for (int n = 1; n <= texts; n++) {
        String text = callee.textOrNull(n);
        if (text != null) {
          raw.write(TEXT_KEYS[n]);
          JsonText.write(raw, text);
        }
      }
      raw.writeByte('}');
    }
    raw.writeByte(']');
  }

  /** The bytes {@link #writeCallees} writes for {@code callees}, counted without writing them. */
  static long calleesLength(Seq<Callee> callees) {
    long length = EMPTY_LIST_BYTES;
    boolean first = true;
    for (Callee callee : callees) {
      length += first ? FIRST_CALLEE.size() : NEXT_CALLEE.size();
      first = false;
      length += callee.number().digits().length() + 2; // the closing quote and brace
      int texts = callee.textCount();
      for (int n = 1; n <= texts; n++) {
        String text = callee.textOrNull(n);
        if (text != null) {
          length += TEXT_KEYS[n].size() + JsonText.length(text);
        }
      }
    }
    return length;
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
