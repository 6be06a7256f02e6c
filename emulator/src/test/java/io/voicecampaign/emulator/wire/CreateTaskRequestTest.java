package io.voicecampaign.emulator.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.voicecampaign.adapter.fake.platform.PlatformOptions;
import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.campaign.CallWindow;
import io.voicecampaign.domain.recall.RecallType;
import io.voicecampaign.domain.shared.AgentId;
import io.voicecampaign.domain.shared.Violation;
import io.voicecampaign.emulator.EmulatorFixtures;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Reading a create body")
class CreateTaskRequestTest {

  private static Either<Seq<Violation>, AgentCampaign> read(String json) throws IOException {
    return read(json.getBytes(StandardCharsets.UTF_8));
  }

  private static Either<Seq<Violation>, AgentCampaign> read(byte[] json) throws IOException {
    return CreateTaskRequest.read(new ByteArrayInputStream(json), PlatformOptions.DEFAULT_ZONE);
  }

  private static Seq<String> paths(Either<Seq<Violation>, AgentCampaign> result) {
    assertThat(result.isLeft()).as("expected problems, got %s", result).isTrue();
    return result.getLeft().map(Violation::path);
  }

  @Test
  @DisplayName("the seed page's example becomes the campaign it describes, agent ids sent as strings included")
  void seedExample() throws IOException {
    AgentCampaign campaign = read(EmulatorFixtures.SEED_CREATE_BODY).get();

    assertThat(campaign.appId().value()).isEqualTo("Jgd8oFei");
    assertThat(campaign.taskName().value()).isEqualTo("I want to test Agent API-16");
    assertThat(campaign.displayNumber().get().digits()).isEqualTo("1008122211");
    assertThat(campaign.agentId()).isEqualTo(AgentId.of(41));
    assertThat(campaign.maxCallDuration().seconds()).isEqualTo(300);
    assertThat(campaign.recording()).isTrue();
    assertThat(campaign.callWindows()).containsExactly(CallWindow.of("18:28", "19:28"));
    assertThat(campaign.callees().map(c -> c.number().digits())).containsExactly("463200000007");
    assertThat(campaign.recallPlan().get().type()).isEqualTo(RecallType.BY_INTENT);
    assertThat(campaign.recallPlan().get().attempts()).isEqualTo(5);
    assertThat(campaign.recallPlan().get().agents()).hasSize(5).containsOnly(AgentId.of(41));
    assertThat(campaign.recallPlan().get().intents().map(i -> i.value())).containsExactly("99998", "99999");
  }

  @Test
  @DisplayName("a send time is read as wall-clock time at UTC+8; texts over 30 characters are cut, as the page says")
  void sendTimeAndTexts() throws IOException {
    AgentCampaign campaign = read("{\"appId\":\"Jgd8oFei\",\"taskName\":\"later\",\"agentId\":41,"
        + "\"sendTime\":\"2025-03-03 09:00:00\",\"numberInfoList\":[{\"calleeNumber\":\"463200000001\","
        + "\"text2\":\"" + "x".repeat(35) + "\",\"unknown\":{\"ignored\":[1]}}],\"somethingElse\":true}").get();

    assertThat(campaign.sendTime()).contains(Instant.parse("2025-03-03T01:00:00Z"));
    assertThat(campaign.callees().head().text(1)).isEmpty();
    assertThat(campaign.callees().head().text(2)).contains("x".repeat(30));
  }

  @Test
  @DisplayName("every problem is named at its wire path: types, required members, domain rules, duplicates")
  void namesEveryProblem() throws IOException {
    Either<Seq<Violation>, AgentCampaign> result = read("{\"taskName\":\"a\",\"agentId\":\"abc\",\"displayNum\":\"12x\","
        + "\"maxCalls\":1000,\"maxRingingTime\":5,\"enableRecording\":2,\"sendTime\":\"2025-02-30 09:00:00\","
        + "\"allowSendTime\":[{\"strTime\":\"25:00\",\"endTime\":\"26:00\"},{\"strTime\":\"10:00\"}],"
        + "\"numberInfoList\":[{\"calleeNumber\":\"12\"},{\"calleeNumber\":\"463200000007\"},{\"calleeNumber\":\"463200000007\"},"
        + "{\"text1\":\"no number\"},7],"
        + "\"recallFlow\":{\"recallType\":2,\"recallNum\":11,\"nodeList\":[{\"agentId\":0}],\"recallIntent\":[\" \"]}}");

    assertThat(paths(result)).contains("appId", "taskName", "agentId", "displayNum", "maxCalls", "maxRingingTime",
        "enableRecording", "sendTime", "allowSendTime[0].strTime", "allowSendTime[1].endTime",
        "numberInfoList[0].calleeNumber", "numberInfoList[2].calleeNumber", "numberInfoList[3].calleeNumber",
        "numberInfoList[4]", "recallFlow.recallType", "recallFlow.recallInterval", "recallFlow.recallNum",
        "recallFlow.nodeList[0].agentId", "recallFlow.recallIntent[0]");
    assertThat(result.getLeft().find(v -> v.path().equals("numberInfoList[2].calleeNumber")).get().rule())
        .contains("duplicate of numberInfoList[1].calleeNumber");
    assertThat(Problems.reason(result.getLeft())).startsWith("parameter exception: ").contains("and ").contains("more");
  }

  @Test
  @DisplayName("a body that is no object, a numberInfoList that is no list, a member twice: each is named")
  void shapeProblems() throws IOException {
    assertThat(paths(read("[1,2]"))).containsExactly("body");
    assertThat(paths(read("{\"appId\":\"Jgd8oFei\",\"taskName\":\"ab\",\"agentId\":1,\"numberInfoList\":\"463200000001,463200000002\"}")))
        .containsExactly("numberInfoList");
    assertThat(paths(read("{\"appId\":\"Jgd8oFei\",\"appId\":\"x\",\"taskName\":\"ab\",\"agentId\":1,"
        + "\"numberInfoList\":[{\"calleeNumber\":\"463200000001\"}]}"))).containsExactly("appId");
  }

  @Test
  @DisplayName("malformed JSON is not a -22 of fields but a malformed body")
  void malformed() {
    assertThatThrownBy(() -> read("{\"appId\":\"Jgd8oFei\",\"numberInfoList\":[{\"calleeNumber\":\"4632\"},]}"))
        .isInstanceOf(JsonProcessingException.class);
  }

  @Test
  @DisplayName("200,000 callees with two texts each (about 16 MB) are read in one streaming pass")
  void twoHundredThousandCallees() throws IOException {
    byte[] body = body(AgentCampaign.MAX_CALLEES);
    assertThat(body.length).isGreaterThan(10_000_000);

    AgentCampaign campaign = read(body).get();

    assertThat(campaign.callees()).hasSize(AgentCampaign.MAX_CALLEES);
    assertThat(campaign.callees().last().number().digits()).isEqualTo(String.format("4632%08d", AgentCampaign.MAX_CALLEES - 1));
    assertThat(campaign.callees().last().text(2)).contains("EUR 199999");
  }

  @Test
  @DisplayName("one callee too many is refused by count, without listing 200,001 problems")
  void oneTooMany() throws IOException {
    Seq<Violation> problems = read(body(AgentCampaign.MAX_CALLEES + 1)).getLeft();

    assertThat(problems).hasSize(1);
    assertThat(problems.head().path()).isEqualTo("numberInfoList");
    assertThat(problems.head().value()).isEqualTo("200001 numbers");
  }

  /** A create body with {@code callees} callees, each with a name and an amount. */
  static byte[] body(int callees) {
    StringBuilder json = new StringBuilder(callees * 80 + 200);
    json.append("{\"appId\":\"Jgd8oFei\",\"taskName\":\"big-").append(callees).append("\",\"agentId\":41,\"numberInfoList\":[");
    for (int i = 0; i < callees; i++) {
      if (i > 0) {
        json.append(',');
      }
      json.append("{\"calleeNumber\":\"").append(String.format("4632%08d", i)).append("\",\"text1\":\"Customer number ")
          .append(i).append("\",\"text2\":\"EUR ").append(i).append("\"}");
    }
    return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }
}
