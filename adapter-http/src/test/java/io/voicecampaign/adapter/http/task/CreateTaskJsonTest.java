package io.voicecampaign.adapter.http.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonReader;
import io.voicecampaign.adapter.http.HttpFixtures;
import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.recall.RecallPlan;
import io.voicecampaign.domain.recall.RecallType;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import okio.Buffer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The create body is written straight from the domain")
class CreateTaskJsonTest {

  private static final ZoneId UTC8 = ZoneOffset.ofHours(8);

  private static String json(AgentCampaign campaign, ZoneId zone) throws IOException {
    Buffer buffer = new Buffer();
    CreateTaskJson.write(campaign, zone, buffer);
    return buffer.readUtf8();
  }

  @Test
  @DisplayName("the seed example, exactly")
  void seedExample() throws IOException {
    assertThat(json(HttpFixtures.seedCampaign(), UTC8)).isEqualTo(HttpFixtures.SEED_CREATE_BODY);
  }

  @Test
  @DisplayName("omits absent optional fields and writes booleans as 0/1, send time in the platform's zone")
  void optionalFields() throws IOException {
    AgentCampaign campaign = AgentCampaign.builder().appId("app").agentId(7).taskName("plain").recording(false)
        .sendTime(Instant.parse("2026-04-01T16:30:00Z")).addCallee("8613800138000").build().get();

    assertThat(json(campaign, UTC8)).isEqualTo("{\"appId\":\"app\",\"taskName\":\"plain\",\"maxCalls\":300,\"maxRingingTime\":60,"
        + "\"agentId\":7,\"enableRecording\":0,\"calloutRate\":1,\"sendTime\":\"2026-04-02 00:30:00\","
        + "\"numberInfoList\":[{\"calleeNumber\":\"8613800138000\"}]}");
    assertThat(json(campaign, ZoneOffset.UTC)).contains("\"sendTime\":\"2026-04-01 16:30:00\"");
  }

  @Test
  @DisplayName("writes each present text at its position, escaped, and skips absent ones")
  void texts() throws IOException {
    AgentCampaign campaign = AgentCampaign.builder().appId("app").agentId(7).taskName("texts")
        .addCallee("463200000001", "Zoë \"Q\" 王", null, "back\\slash", null, null, null, null, null, null, "ten")
        .addCallee("463200000002")
        .build().get();

    assertThat(json(campaign, UTC8)).contains("\"numberInfoList\":[{\"calleeNumber\":\"463200000001\",\"text1\":\"Zoë \\\"Q\\\" 王\","
        + "\"text3\":\"back\\\\slash\",\"text10\":\"ten\"},{\"calleeNumber\":\"463200000002\"}]");
  }

  @Test
  @DisplayName("a recall plan without named agents runs every attempt with the campaign's agent")
  void defaultAgents() throws IOException {
    AgentCampaign campaign = AgentCampaign.builder().appId("app").agentId(9).taskName("recall").addCallee("463200000001")
        .recall(RecallPlan.builder().type(RecallType.FAILED).intervalMinutes(60).attempts(2)).build().get();

    assertThat(json(campaign, UTC8)).endsWith("\"recallFlow\":{\"recallType\":1,\"recallInterval\":60,\"recallNum\":2,"
        + "\"nodeList\":[{\"agentId\":9},{\"agentId\":9}]}}");
  }

  @Test
  @DisplayName("200,000 callees: the body is the JSON the writer renders, of its announced length")
  void largeBodies() throws IOException {
    AgentCampaign campaign = HttpFixtures.campaign("big", 200_000);
    CreateTaskBody sized = CreateTaskBody.sized(campaign, UTC8);
    Buffer rendered = new Buffer();
    CreateTaskJson.write(campaign, UTC8, rendered);
    long length = sized.contentLength();
    Buffer sent = new Buffer();
    sized.writeTo(sent);

    assertThat(sent.size()).isEqualTo(length).isEqualTo(rendered.size());
    assertThat(sent.readByteString()).isEqualTo(rendered.snapshot());
    assertThat(CreateTaskJson.length(campaign, UTC8)).isEqualTo(length);
    assertThat(sized.isOneShot()).isTrue();
    assertThat(countCallees(rendered)).isEqualTo(200_000);
  }

  @Test
  @DisplayName("a preview renders only about the bytes asked for: the body's first bytes")
  void preview() throws IOException {
    AgentCampaign campaign = HttpFixtures.campaign("preview", 2_000);
    Buffer whole = new Buffer();
    CreateTaskJson.write(campaign, UTC8, whole);

    String preview = CreateTaskBody.sized(campaign, UTC8).preview(300);

    assertThat(preview).hasSize(300).startsWith("{\"appId\":\"2Xql9RBI\",\"taskName\":\"preview\"")
        .isEqualTo(whole.readUtf8(300));
  }

  private static int countCallees(Buffer json) throws IOException {
    JsonReader reader = JsonReader.of(json);
    reader.beginObject();
    int count = 0;
    while (reader.hasNext()) {
      if (reader.nextName().equals("numberInfoList")) {
        reader.beginArray();
        while (reader.hasNext()) {
          reader.skipValue();
          count++;
        }
        reader.endArray();
      } else {
        reader.skipValue();
      }
    }
    reader.endObject();
    return count;
  }
}
