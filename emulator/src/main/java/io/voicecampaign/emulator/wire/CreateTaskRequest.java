package io.voicecampaign.emulator.wire;

import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.campaign.Callee;
import io.voicecampaign.domain.recall.RecallPlan;
import io.voicecampaign.domain.recall.RecallType;
import io.voicecampaign.domain.shared.Violation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.voicecampaign.emulator.json.Json;
import io.voicecampaign.emulator.json.JsonValue;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads the body of {@code send/agent} into an {@link AgentCampaign}, checking it as the platform does.
 *
 * <p>The body is read in one streaming pass: the callees go straight from the stream into the
 * campaign's builder, equal texts kept once ({@link TextPool}), so a 200,000-callee body of tens of
 * megabytes is never held as bytes, text or a tree. Everything else (a few small members) is read as a
 * tree.
 *
 * <p>Checks: member types (numbers may come as numeric strings, as the seed example's
 * {@code "agentId": "41"} does), required members, then every domain rule (6-18 digit numbers, unique
 * numbers, 2-64 character name, ranges of {@code maxCalls} 1-999, {@code maxRingingTime} 10-120,
 * {@code enableRecording} 0/1, windows {@code HH:mm}, recall type 0/1/3, interval 1-1440, 1-10
 * attempts, one node per attempt), each reported at its wire path. A text longer than 30 characters is
 * cut to 30, as the page says the platform does. Unknown members are ignored.
 */
public final class CreateTaskRequest {

  private static final String NUMBERS = "numberInfoList";
  private static final int CALLEE_NUMBER = 0;

  private CreateTaskRequest() {}

  /**
   * The campaign in {@code body}, or every problem found (the platform's -22).
   *
   * @param zone the platform's zone, in which {@code sendTime} is read
   * @throws com.fasterxml.jackson.core.JsonProcessingException when the body is not JSON
   * @throws IOException when reading the body fails
   */
  public static Either<Seq<Violation>, AgentCampaign> read(InputStream body, ZoneId zone) throws IOException {
    try (JsonParser parser = Json.parser(body)) {
      return read(parser, zone);
    }
  }

  private static Either<Seq<Violation>, AgentCampaign> read(JsonParser parser, ZoneId zone) throws IOException {
    Problems problems = new Problems();
    AgentCampaign.Builder builder = AgentCampaign.builder();
    if (Json.first(parser) != JsonToken.START_OBJECT) {
      JsonValue value = Json.readValue(parser);
      Json.endDocument(parser);
      Fields.ofBody(value, problems);
      return Either.left(problems.all());
    }
    Map<String, JsonValue> members = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    boolean numbersGiven = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if (!seen.add(name)) {
        problems.add(name, null, "must appear once in the body");
        parser.skipChildren();
      } else if (name.equals(NUMBERS) && value == JsonToken.START_ARRAY) {
        numbersGiven = true;
        readCallees(parser, builder, problems);
      } else {
        members.put(name, Json.readValue(parser));
      }
    }
    Json.endDocument(parser);

    Fields fields = Fields.ofBody(new JsonValue.ObjectValue(members), problems).orElseThrow();
    if (!numbersGiven) {
      if (fields.has(NUMBERS)) {
        problems.add(NUMBERS, Fields.show(members.get(NUMBERS)), "must be a JSON array of {calleeNumber, text1..text10} objects");
      } else {
        problems.add(NUMBERS, null, "is required");
      }
    }
    readSettings(fields, builder, zone);
    Validation<Seq<Violation>, AgentCampaign> built = builder.build();
    if (built.isInvalid()) {
      built.getError().forEach(v -> problems.add(WirePaths.ofCampaign(v)));
    }
    return problems.isEmpty() ? Either.right(built.get()) : Either.left(problems.all());
  }

  private static void readSettings(Fields fields, AgentCampaign.Builder builder, ZoneId zone) {
    fields.requiredString("appId").ifPresent(builder::appId);
    fields.requiredString("taskName").ifPresent(builder::taskName);
    fields.optionalString("displayNum").ifPresent(builder::displayNumber);
    fields.requiredLong("agentId", 1, Long.MAX_VALUE).ifPresent(builder::agentId);
    fields.optionalTime("sendTime", zone).ifPresent(builder::sendTime);
    fields.optionalLong("maxCalls", Integer.MIN_VALUE, Integer.MAX_VALUE).ifPresent(v -> builder.maxCallDurationSeconds((int) v));
    fields.optionalLong("maxRingingTime", Integer.MIN_VALUE, Integer.MAX_VALUE).ifPresent(v -> builder.maxRingingSeconds((int) v));
    fields.optionalLong("enableRecording", 0, 1).ifPresent(v -> builder.recording(v == 1));
    fields.optionalLong("calloutRate", Integer.MIN_VALUE, Integer.MAX_VALUE).ifPresent(v -> builder.calloutRate((int) v));
    fields.optionalArray("allowSendTime").ifPresent(windows -> {
      for (int i = 0; i < windows.size(); i++) {
        String path = "allowSendTime[" + i + "]";
        // a window that is no object still takes its place, so later windows keep their indexes
        Fields window = Fields.of(windows.get(i), path, fields.problems()).orElse(null);
        builder.callWindow(window == null ? null : window.requiredString("strTime").orElse(null),
            window == null ? null : window.requiredString("endTime").orElse(null));
      }
    });
    fields.optionalObject("recallFlow").ifPresent(flow -> builder.recall(recallPlan(flow)));
  }

  private static RecallPlan.Builder recallPlan(Fields flow) {
    RecallPlan.Builder plan = RecallPlan.builder();
    flow.requiredLong("recallType", Integer.MIN_VALUE, Integer.MAX_VALUE).ifPresent(v -> plan.type(RecallType.of((int) v)));
    flow.requiredLong("recallInterval", Integer.MIN_VALUE, Integer.MAX_VALUE).ifPresent(v -> plan.intervalMinutes((int) v));
    flow.requiredLong("recallNum", Integer.MIN_VALUE, Integer.MAX_VALUE).ifPresent(v -> plan.attempts((int) v));
    flow.optionalStrings("recallIntent").ifPresent(intents -> plan.intents(intents.toArray(String[]::new)));
    flow.optionalArray("nodeList").ifPresent(nodes -> {
      for (int i = 0; i < nodes.size(); i++) {
        String path = flow.path("nodeList") + "[" + i + "]";
        // a node that names no valid agent keeps its place (agent 0, refused), so later nodes keep their indexes
        plan.agents(Fields.of(nodes.get(i), path, flow.problems())
            .map(node -> node.requiredLong("agentId", 1, Long.MAX_VALUE).orElse(0))
            .orElse(0L));
      }
    });
    return plan;
  }

  /** Streams {@code numberInfoList} into the builder, one callee per element, indexes kept. */
  private static void readCallees(JsonParser parser, AgentCampaign.Builder builder, Problems problems) throws IOException {
    int index = 0;
    String[] texts = new String[Callee.MAX_TEXTS];
    TextPool pool = new TextPool();
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
      String path = NUMBERS + "[" + index + "]";
      if (index >= AgentCampaign.MAX_CALLEES) {
        // beyond the cap nothing more is kept: the count alone is reported
        parser.skipChildren();
      } else if (token != JsonToken.START_OBJECT) {
        problems.add(path, Fields.show(Json.readValue(parser)), "must be an object {calleeNumber, text1..text10}");
        builder.addCallee((String) null);
      } else {
        String number = readCallee(parser, path, texts, pool, problems);
        builder.addCallee(number, lastText(texts) < 0 ? null : Arrays.copyOf(texts, lastText(texts) + 1));
      }
      index++;
    }
    if (index > AgentCampaign.MAX_CALLEES) {
      problems.add(NUMBERS, index + " numbers", "must hold at most " + AgentCampaign.MAX_CALLEES + " numbers");
    }
  }

  /** Reads one callee object; fills {@code texts} (text1 at 0) and returns the number, null when absent or not text. */
  private static String readCallee(JsonParser parser, String path, String[] texts, TextPool pool, Problems problems) throws IOException {
    Arrays.fill(texts, null);
    String number = null;
    int seen = 0;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      int slot = slotOf(name);
      if (slot < 0) {
        parser.skipChildren();
        continue;
      }
      if ((seen & (1 << slot)) != 0) {
        problems.add(path + "." + name, null, "must appear once in the callee");
        parser.skipChildren();
        continue;
      }
      seen |= 1 << slot;
      if (!isScalarText(parser.currentToken())) {
        if (parser.currentToken() != JsonToken.VALUE_NULL) {
          problems.add(path + "." + name, Fields.show(Json.readValue(parser)), "must be a string");
        }
      } else if (slot == CALLEE_NUMBER) {
        number = parser.getText();
      } else {
        texts[slot - 1] = pool.text(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
      }
    }
    return number;
  }

  /** 0 for calleeNumber, n for text{n}, -1 for any other member. */
  private static int slotOf(String name) {
    if (name.equals("calleeNumber")) {
      return CALLEE_NUMBER;
    }
    if (name.startsWith("text")) {
      switch (name) {
        case "text1": return 1;
        case "text2": return 2;
        case "text3": return 3;
        case "text4": return 4;
        case "text5": return 5;
        case "text6": return 6;
        case "text7": return 7;
        case "text8": return 8;
        case "text9": return 9;
        case "text10": return 10;
        default: return -1;
      }
    }
    return -1;
  }

  /** Strings, and numbers by their literal, are text. */
  private static boolean isScalarText(JsonToken token) {
    return token == JsonToken.VALUE_STRING || token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
  }

  private static int lastText(String[] texts) {
    for (int i = texts.length - 1; i >= 0; i--) {
      if (texts[i] != null) {
        return i;
      }
    }
    return -1;
  }
}
