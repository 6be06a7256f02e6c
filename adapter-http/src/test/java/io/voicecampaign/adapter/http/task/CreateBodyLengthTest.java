package io.voicecampaign.adapter.http.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.adapter.http.HttpFixtures;
import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.campaign.Callee;
import io.voicecampaign.domain.recall.RecallPlan;
import io.voicecampaign.domain.recall.RecallType;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Random;
import okio.Buffer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The create body's Content-Length, counted from the domain objects, is exactly the bytes written")
class CreateBodyLengthTest {

  private static final String AWKWARD =
      "\"\\/\u0000\u0001\u001f\t\b\n\r\f \u007f\u0080é王\u2028\u2029\uD83D\uDE00\uD800x\uDC00\uDBFF\uDFFF";
  private static final ZoneId UTC8 = ZoneOffset.ofHours(8);

  @Test
  @DisplayName("for texts with every escape class, multi-byte characters, pairs and lone surrogates")
  void texts() throws IOException {
    Random random = new Random(11);
    for (int i = 0; i < 20_000; i++) {
      String text = awkward(random, random.nextInt(40));
      byte[] written = new byte[JsonText.MAX_BYTES_PER_CHAR * text.length()];

      assertThat(JsonText.length(text, 0)).as("text #%d %s", i, text).isEqualTo(JsonText.encode(written, 0, text, 0));
    }
  }

  @Test
  @DisplayName("for whole campaigns with every optional field, random callee texts and unicode names")
  void campaigns() throws IOException {
    Random random = new Random(12);
    for (int c = 0; c < 200; c++) {
      AgentCampaign campaign = randomCampaign(random, c);
      Buffer written = new Buffer();
      CreateTaskJson.write(campaign, UTC8, written);

      assertThat(CreateTaskJson.length(campaign, UTC8)).as("campaign #%d", c).isEqualTo(written.size());
      assertThat(CreateTaskBody.sized(campaign, UTC8).contentLength()).isEqualTo(written.size());
    }
  }

  @Test
  @DisplayName("for plain texts, counted from the sizes the domain counted, at every position and with gaps")
  void plainTexts() throws IOException {
    Random random = new Random(14);
    for (int c = 0; c < 200; c++) {
      AgentCampaign.Builder builder = AgentCampaign.builder().appId("app").agentId(3).taskName("plain-" + c);
      int callees = 1 + random.nextInt(50);
      for (int i = 0; i < callees; i++) {
        String[] texts = new String[random.nextInt(Callee.MAX_TEXTS + 1)];
        for (int t = 0; t < texts.length; t++) {
          texts[t] = random.nextInt(3) == 0 ? null : plain(random, random.nextInt(Callee.MAX_TEXT_CHARACTERS + 1));
        }
        builder.addCallee(Long.toString(4_632_000_000L + random.nextInt(1_000_000) * 1_000L + i), texts);
      }
      AgentCampaign campaign = builder.build().get();
      Buffer written = new Buffer();
      CreateTaskJson.write(campaign, UTC8, written);

      assertThat(campaign.calleeList().plainTexts()).isTrue();
      assertThat(CreateTaskJson.length(campaign, UTC8)).as("campaign #%d", c).isEqualTo(written.size());
    }
  }

  @Test
  @DisplayName("one text to escape among plain ones is measured, not taken from the counted sizes")
  void oneTextToEscape() throws IOException {
    AgentCampaign campaign = AgentCampaign.builder().appId("app").agentId(3).taskName("escape")
        .addCallee("463200000001", "plain", "plain")
        .addCallee("463200000002", "plain", "say \"hi\"", null, "C:\\")
        .build().get();
    Buffer written = new Buffer();
    CreateTaskJson.write(campaign, UTC8, written);

    assertThat(campaign.calleeList().plainTexts()).isFalse();
    assertThat(CreateTaskJson.length(campaign, UTC8)).isEqualTo(written.size());
  }

  private static String plain(Random random, int length) {
    StringBuilder text = new StringBuilder();
    while (text.length() < length) {
      char c = (char) (0x20 + random.nextInt(0x5f));
      text.append(c == '"' || c == '\\' ? 'q' : c);
    }
    return text.toString();
  }

  @Test
  @DisplayName("a sized body writes exactly its announced length into the sink")
  void sizedBodyKeepsItsWord() throws IOException {
    AgentCampaign campaign = randomCampaign(new Random(13), 1_000);
    CreateTaskBody body = CreateTaskBody.sized(campaign, UTC8);
    Buffer sent = new Buffer();
    body.writeTo(sent);

    assertThat(sent.size()).isEqualTo(body.contentLength());
  }

  private static AgentCampaign randomCampaign(Random random, int index) {
    AgentCampaign.Builder builder = AgentCampaign.builder().appId("app-" + index).agentId(1 + random.nextInt(99))
        .taskName(HttpFixtures.storable("活动-" + index + "-" + awkwardName(random)));
    if (random.nextBoolean()) {
      builder.displayNumber(Long.toString(random.nextInt(1_000_000)));
    }
    if (random.nextBoolean()) {
      builder.sendTime(Instant.parse("2026-12-01T00:00:00Z").plusSeconds(random.nextInt(1_000_000)));
    }
    if (random.nextBoolean()) {
      builder.callWindow("09:00", "12:30");
    }
    if (random.nextBoolean()) {
      RecallPlan.Builder plan = RecallPlan.builder().type(RecallType.BY_INTENT).intervalMinutes(1 + random.nextInt(1440))
          .attempts(1 + random.nextInt(10)).intents("99998", "意图-" + random.nextInt(100));
      builder.recall(plan);
    }
    int callees = 1 + random.nextInt(200);
    for (int i = 0; i < callees; i++) {
      String[] texts = new String[random.nextInt(Callee.MAX_TEXTS + 1)];
      for (int t = 0; t < texts.length; t++) {
        texts[t] = random.nextInt(3) == 0 ? null : HttpFixtures.storable(awkward(random, random.nextInt(Callee.MAX_TEXT_CHARACTERS / 2)));
      }
      builder.addCallee(Long.toString(4_632_000_000L + i), texts);
    }
    return builder.build().get();
  }

  private static String awkward(Random random, int length) {
    StringBuilder text = new StringBuilder();
    for (int j = 0; j < length; j++) {
      text.append(random.nextInt(3) == 0 ? AWKWARD.charAt(random.nextInt(AWKWARD.length())) : (char) random.nextInt(0x3000));
    }
    return text.toString();
  }

  private static String awkwardName(Random random) {
    return "\"名\\" + (char) ('a' + random.nextInt(26));
  }
}
