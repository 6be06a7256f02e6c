package io.voicecampaign.adapter.http.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonWriter;
import io.voicecampaign.adapter.http.HttpFixtures;
import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.campaign.Callee;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.Random;
import okio.Buffer;
import okio.ByteString;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The create body's hand-tuned callee list writes exactly what Moshi's JsonWriter writes")
class MoshiEquivalenceTest {

  private static final String AWKWARD = "\"\\/\u0000\u0001\u001f\t\b\n\r\f \u007f\u0080é王\u2028\u2029\uD83D\uDE00\uD800x\uDC00";

  @Test
  @DisplayName("strings with every escape class, unicode and broken surrogates")
  void strings() throws IOException {
    Random random = new Random(20_260_401);
    for (int i = 0; i < 5_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(12);
      for (int j = 0; j < length; j++) {
        text.append(random.nextInt(4) == 0 ? AWKWARD.charAt(random.nextInt(AWKWARD.length())) : (char) random.nextInt(0x3000));
      }
      assertThat(ours(text.toString())).as("text #%d", i).isEqualTo(moshi(text.toString()));
    }
  }

  @Test
  @DisplayName("a whole campaign's body, against a body written field by field with JsonWriter")
  void wholeBody() throws IOException {
    Random random = new Random(7);
    AgentCampaign.Builder builder = AgentCampaign.builder().appId("app").agentId(41).taskName("equivalence");
    for (int i = 0; i < 2_000; i++) {
      String[] texts = new String[random.nextInt(Callee.MAX_TEXTS + 1)];
      for (int t = 0; t < texts.length; t++) {
        texts[t] = random.nextInt(3) == 0 ? null : HttpFixtures.storable(AWKWARD.substring(random.nextInt(10), 10 + random.nextInt(10)));
      }
      builder.addCallee(Long.toString(4_632_000_000L + i), texts);
    }
    AgentCampaign campaign = builder.build().get();

    Buffer ours = new Buffer();
    CreateTaskJson.write(campaign, ZoneOffset.UTC, ours);

    assertThat(ours.readByteString()).isEqualTo(reference(campaign));
  }

  @Test
  @DisplayName("random texts of every escape class, over many chunks of the callee list, byte for byte and counted exactly")
  void randomTextsOverManyChunks() throws IOException {
    Random random = new Random(20_261_123);
    AgentCampaign.Builder builder = AgentCampaign.builder().appId("app").agentId(41).taskName("equivalence");
    for (int i = 0; i < 6_000; i++) {
      String[] texts = new String[1 + random.nextInt(Callee.MAX_TEXTS)];
      for (int t = 0; t < texts.length; t++) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(Callee.MAX_TEXT_CHARACTERS / 2);
        for (int j = 0; j < length; j++) {
          int kind = random.nextInt(4);
          text.append(kind == 0 ? AWKWARD.charAt(random.nextInt(AWKWARD.length()))
              : kind == 1 ? (char) random.nextInt(0x3000) : (char) (0x20 + random.nextInt(0x60)));
        }
        texts[t] = random.nextInt(5) == 0 ? null : HttpFixtures.storable(text.toString());
      }
      builder.addCallee(Long.toString(4_632_000_000L + i), texts);
    }
    AgentCampaign campaign = builder.build().get();

    Buffer ours = new Buffer();
    CreateTaskJson.write(campaign, ZoneOffset.UTC, ours);

    assertThat(ours.size()).as("several 64 KiB chunks").isGreaterThan(4 * 64 * 1024);
    assertThat(CreateTaskJson.length(campaign, ZoneOffset.UTC)).isEqualTo(ours.size());
    assertThat(ours.readByteString()).isEqualTo(reference(campaign));
  }

  private static ByteString ours(String text) {
    byte[] quoted = new byte[2 + JsonText.MAX_BYTES_PER_CHAR * text.length()];
    quoted[0] = '"';
    int end = JsonText.encode(quoted, 1, text, 0);
    quoted[end++] = '"';
    return ByteString.of(quoted, 0, end);
  }

  private static ByteString moshi(String text) throws IOException {
    Buffer buffer = new Buffer();
    JsonWriter.of(buffer).value(text).flush();
    return buffer.readByteString();
  }

  /** The straightforward JsonWriter loop the benchmarks compare against. */
  private static ByteString reference(AgentCampaign campaign) throws IOException {
    Buffer buffer = new Buffer();
    JsonWriter json = JsonWriter.of(buffer);
    json.beginObject().name("appId").value("app").name("taskName").value("equivalence").name("maxCalls").value(300)
        .name("maxRingingTime").value(60).name("agentId").value(41).name("enableRecording").value(1).name("calloutRate").value(1);
    json.name("numberInfoList").beginArray();
    for (Callee callee : campaign.callees()) {
      json.beginObject().name("calleeNumber").value(callee.number().digits());
      for (int n = 1; n <= callee.textCount(); n++) {
        if (callee.text(n).getOrNull() != null) {
          json.name("text" + n).value(callee.text(n).getOrNull());
        }
      }
      json.endObject();
    }
    json.endArray().endObject().flush();
    return buffer.readByteString();
  }
}
