package io.voicecampaign.emulator.server;

import static io.voicecampaign.emulator.Json.at;
import static io.voicecampaign.emulator.Json.number;
import static io.voicecampaign.emulator.Json.text;
import static io.voicecampaign.emulator.WireClient.assertCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.emulator.Emulator;
import io.voicecampaign.emulator.EmulatorFixtures;
import io.voicecampaign.emulator.WireClient;
import io.voicecampaign.emulator.json.JsonValue;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The platform endpoints over HTTP")
class EndpointWireTest {

  private static final String RANGE = "\"strTime\":\"2025-03-01 00:00:00\",\"endTime\":\"2025-03-31 23:59:59\"";
  private static final String TASKS = "{\"current\":1,\"size\":10,\"params\":{" + RANGE + ",\"taskType\":3,\"statusList\":[]}}";
  private static final String FLOWS = "{\"current\":1,\"size\":10,\"params\":{" + RANGE + "}}";

  private static Emulator emulator;
  private static WireClient client;

  @BeforeAll
  static void start() {
    emulator = EmulatorFixtures.start(EmulatorFixtures.config().build());
    client = new WireClient(emulator);
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  @BeforeEach
  void emptyPlatform() {
    emulator.reset(EmulatorFixtures.PLATFORM_START);
  }

  private static long create(String prefix, String body) {
    WireClient.Answer answer = client.post(prefix + "/voice/group/call/send/agent", body);
    assertCode(answer, "status", 0, true);
    return number(answer.json(), "data");
  }

  private static String campaign(String name, int callees, String extra) {
    StringBuilder numbers = new StringBuilder();
    for (int i = 0; i < callees; i++) {
      numbers.append(i == 0 ? "" : ",").append("{\"calleeNumber\":\"").append(String.format("4632%08d", i)).append("\"}");
    }
    return "{\"appId\":\"Jgd8oFei\",\"taskName\":\"" + name + "\",\"agentId\":41,\"numberInfoList\":[" + numbers + "]" + extra + "}";
  }

  private static final String PLAN = ",\"recallFlow\":{\"recallType\":1,\"recallInterval\":60,\"recallNum\":3}";

  @ParameterizedTest(name = "prefix \"{0}\"")
  @ValueSource(strings = {"", "/v3"})
  @DisplayName("serve every endpoint with and without /v3: create, list, flow list, detail, edit, cancel a node, cancel tasks")
  void everyEndpointUnderBothPrefixes(String prefix) {
    long task = create(prefix, campaign("both-prefixes", 3, PLAN));

    WireClient.Answer tasks = client.post(prefix + "/voice/group/call/query", TASKS);
    assertCode(tasks, "code", 0, false);
    assertThat(number(tasks.json(), "data.records[0].taskId")).isEqualTo(task);

    WireClient.Answer flows = client.post(prefix + "/voice/recallFlow/queryPage", FLOWS);
    assertCode(flows, "code", 0, false);
    long flow = number(flows.json(), "data.records[0].keyId");

    WireClient.Answer detail = client.post(prefix + "/voice/recallFlow/queryDetail", "{\"keyId\":" + flow + "}");
    assertCode(detail, "code", 0, false);
    long firstNode = number(detail.json(), "data.nodeList[0].keyId");

    WireClient.Answer edit = client.post(prefix + "/voice/recallFlow/update",
        "{\"keyId\":" + flow + ",\"recallType\":0,\"recallInterval\":30,\"recallNum\":2,\"nodeList\":[{\"scriptId\":7},{\"scriptId\":8}]}");
    assertCode(edit, "code", 0, false);

    WireClient.Answer cancelNode = client.post(prefix + "/voice/recallFlow/cancel", "{\"type\":3,\"id\":" + firstNode + "}");
    assertCode(cancelNode, "code", 0, false);

    WireClient.Answer cancelTask = client.post(prefix + "/voice/group/call/cancel", "{\"taskIdList\":[" + task + "]}");
    assertCode(cancelTask, "code", 0, true);
  }

  @Test
  @DisplayName("create answers {\"status\":\"0\",\"reason\":\"success\",\"data\":<task id>}")
  void createShape() {
    WireClient.Answer answer = client.post("/v3/voice/group/call/send/agent", EmulatorFixtures.SEED_CREATE_BODY);

    JsonValue.ObjectValue json = (JsonValue.ObjectValue) answer.json();
    assertThat(json.members().keySet()).containsExactly("status", "reason", "data");
    assertThat(text(json, "status")).isEqualTo("0");
    assertThat(text(json, "reason")).isEqualTo("success");
    assertThat(number(json, "data")).isPositive();
    assertThat(answer.headers().get("content-type")).isEqualTo("application/json;charset=UTF-8");
  }

  @Test
  @DisplayName("the task list answers {\"code\":0,\"msg\":\"success\"} with a page of records named as on the seed page")
  void taskListShape() {
    long task = create("", EmulatorFixtures.SEED_CREATE_BODY);

    JsonValue json = client.post("/v3/voice/group/call/query", TASKS).json();

    assertThat(at(json, "code")).isEqualTo(new JsonValue.NumberValue("0"));
    assertThat(text(json, "msg")).isEqualTo("success");
    assertThat(((JsonValue.ObjectValue) at(json, "data")).members().keySet())
        .containsExactly("records", "total", "size", "current", "searchCount", "pages");
    assertThat(((JsonValue.ObjectValue) at(json, "data.records[0]")).members().keySet()).containsExactly(
        "taskId", "taskName", "status", "rate", "numCnt", "callNum", "success", "fail", "createdTime", "scriptId", "taskType");
    assertThat(number(json, "data.records[0].taskId")).isEqualTo(task);
    assertThat(text(json, "data.records[0].taskName")).isEqualTo("I want to test Agent API-16");
    assertThat(number(json, "data.records[0].status")).isZero();
    assertThat(text(json, "data.records[0].rate")).isEqualTo("0");
    assertThat(number(json, "data.records[0].numCnt")).isEqualTo(1);
    assertThat(text(json, "data.records[0].createdTime")).isEqualTo("2025-03-03 09:00:00");
    assertThat(number(json, "data.records[0].scriptId")).isEqualTo(41);
    assertThat(number(json, "data.records[0].taskType")).isEqualTo(3);
    assertThat(number(json, "data.total")).isEqualTo(1);
    assertThat(at(json, "data.searchCount")).isEqualTo(new JsonValue.BooleanValue(true));
  }

  @Test
  @DisplayName("the task list filters by status, search and task type, and pages newest first")
  void taskListFilters() {
    long first = create("", campaign("alpha-one", 1, ""));
    assertCode(client.post("/voice/group/call/cancel", "{\"taskIdList\":[" + first + "]}"), "code", 0, true);
    emulator.advance(Duration.ofMinutes(1));
    long second = create("", campaign("beta-two", 1, ""));

    JsonValue cancelled = client.post("/voice/group/call/query",
        "{\"current\":1,\"size\":10,\"params\":{" + RANGE + ",\"statusList\":[4]}}").json();
    JsonValue searched = client.post("/voice/group/call/query",
        "{\"current\":1,\"size\":10,\"params\":{" + RANGE + ",\"searchCondition\":\"BETA\"}}").json();
    JsonValue ivr = client.post("/voice/group/call/query",
        "{\"current\":1,\"size\":10,\"params\":{" + RANGE + ",\"taskType\":1}}").json();
    JsonValue page2 = client.post("/voice/group/call/query", "{\"current\":2,\"size\":1,\"params\":{" + RANGE + "}}").json();

    assertThat(number(cancelled, "data.total")).isEqualTo(1);
    assertThat(number(cancelled, "data.records[0].taskId")).isEqualTo(first);
    assertThat(number(searched, "data.records[0].taskId")).isEqualTo(second);
    assertThat(number(ivr, "data.total")).as("the emulator holds AI-agent tasks only").isZero();
    assertThat(number(page2, "data.records[0].taskId")).isEqualTo(first);
    assertThat(number(page2, "data.pages")).isEqualTo(2);
  }

  @Test
  @DisplayName("the task cancel answers {\"code\":\"0\",\"msg\":\"success\",\"data\":null}; an unknown task is -24")
  void taskCancelShape() {
    long task = create("", campaign("to-cancel", 2, ""));

    WireClient.Answer answer = client.post("/voice/group/call/cancel", "{\"taskIdList\":[" + task + "]}");
    WireClient.Answer unknown = client.post("/voice/group/call/cancel", "{\"taskIdList\":[987654321]}");

    assertThat(answer.body()).isEqualTo("{\"code\":\"0\",\"msg\":\"success\",\"data\":null}");
    assertCode(unknown, "code", -24, true);
  }

  @Test
  @DisplayName("the flow list answers records of keyId, taskName, taskId, recallType, status, recallInterval, recallNum, finishNum, createTime")
  void flowListShape() {
    long task = create("", campaign("with-plan", 2, PLAN));

    JsonValue json = client.post("/voice/recallFlow/queryPage", FLOWS).json();

    assertThat(at(json, "code")).isEqualTo(new JsonValue.NumberValue("0"));
    assertThat(((JsonValue.ObjectValue) at(json, "data.records[0]")).members().keySet()).containsExactly(
        "keyId", "taskName", "taskId", "recallType", "status", "recallInterval", "recallNum", "finishNum", "createTime");
    assertThat(number(json, "data.records[0].taskId")).isEqualTo(task);
    assertThat(text(json, "data.records[0].taskName")).isEqualTo("with-plan");
    assertThat(number(json, "data.records[0].recallType")).isEqualTo(1);
    assertThat(number(json, "data.records[0].recallInterval")).isEqualTo(60);
    assertThat(number(json, "data.records[0].recallNum")).isEqualTo(3);
    assertThat(number(json, "data.records[0].finishNum")).isZero();
    assertThat(number(json, "data.records[0].status")).isZero();
    assertThat(text(json, "data.records[0].createTime")).isEqualTo("2025-03-03 09:00:00");

    JsonValue byTaskId = client.post("/voice/recallFlow/queryPage",
        "{\"current\":1,\"size\":10,\"params\":{" + RANGE + ",\"taskName\":\"" + task + "\"}}").json();
    assertThat(number(byTaskId, "data.total")).isEqualTo(1);
  }

  @Test
  @DisplayName("the detail answers the flow with its nodeList (keyId, taskId, nodeStatus, scriptId) and the seed page's stray paging keys")
  void detailShape() {
    create("", campaign("detailed", 2, PLAN));
    long flow = number(client.post("/voice/recallFlow/queryPage", FLOWS).json(), "data.records[0].keyId");

    JsonValue json = client.post("/voice/recallFlow/queryDetail", "{\"keyId\":" + flow + "}").json();

    assertThat(((JsonValue.ObjectValue) at(json, "data")).members().keySet()).containsExactly(
        "keyId", "recallInterval", "recallNum", "recallType", "status", "nodeList", "total", "size", "current", "searchCount", "pages");
    assertThat(((JsonValue.ArrayValue) at(json, "data.nodeList")).elements()).hasSize(3);
    assertThat(((JsonValue.ObjectValue) at(json, "data.nodeList[0]")).members().keySet())
        .containsExactly("keyId", "taskId", "nodeStatus", "scriptId");
    assertThat(at(json, "data.nodeList[0].taskId")).as("no child task before the attempt runs").isEqualTo(JsonValue.NullValue.NULL);
    assertThat(number(json, "data.nodeList[0].scriptId")).isEqualTo(41);

    emulator.advance(Duration.ofHours(3));
    JsonValue later = client.post("/voice/recallFlow/queryDetail", "{\"keyId\":" + flow + "}").json();
    assertThat(number(later, "data.status")).isEqualTo(1);
    assertThat(number(later, "data.nodeList[0].nodeStatus")).isEqualTo(2);
    assertThat(number(later, "data.nodeList[0].taskId")).isPositive();
  }

  @Test
  @DisplayName("update and cancel answer {\"code\":0,\"msg\":\"success\",\"data\":null} and change what the detail shows")
  void updateAndCancel() {
    create("", campaign("editable", 2, PLAN));
    long flow = number(client.post("/voice/recallFlow/queryPage", FLOWS).json(), "data.records[0].keyId");

    WireClient.Answer edit = client.post("/voice/recallFlow/update", "{\"keyId\":" + flow
        + ",\"recallType\":3,\"recallInterval\":90,\"recallNum\":2,\"recallIntent\":[\"101\"],\"nodeList\":[{\"scriptId\":123},{\"scriptId\":\"124\"}]}");
    JsonValue edited = client.post("/voice/recallFlow/queryDetail", "{\"keyId\":" + flow + "}").json();
    WireClient.Answer cancel = client.post("/voice/recallFlow/cancel", "{\"type\":1,\"id\":" + flow + "}");
    JsonValue cancelled = client.post("/voice/recallFlow/queryDetail", "{\"keyId\":" + flow + "}").json();
    WireClient.Answer again = client.post("/voice/recallFlow/update",
        "{\"keyId\":" + flow + ",\"recallType\":0,\"recallInterval\":30,\"recallNum\":1}");

    assertThat(edit.body()).isEqualTo("{\"code\":0,\"msg\":\"success\",\"data\":null}");
    assertThat(number(edited, "data.recallType")).isEqualTo(3);
    assertThat(number(edited, "data.recallInterval")).isEqualTo(90);
    assertThat(number(edited, "data.nodeList[1].scriptId")).isEqualTo(124);
    assertThat(cancel.body()).isEqualTo("{\"code\":0,\"msg\":\"success\",\"data\":null}");
    assertThat(number(cancelled, "data.status")).isEqualTo(3);
    assertCode(again, "code", -22, false);
  }

  @Test
  @DisplayName("platform refusals keep the endpoint's envelope: -41 duplicate name, -24 unknown flow, node and parent task")
  void refusals() {
    create("", campaign("twice", 1, ""));

    assertCode(client.post("/voice/group/call/send/agent", campaign("twice", 1, "")), "status", -41, true);
    assertCode(client.post("/voice/recallFlow/queryDetail", "{\"keyId\":987654321}"), "code", -24, false);
    assertCode(client.post("/voice/recallFlow/cancel", "{\"type\":2,\"id\":987654321}"), "code", -24, false);
    assertCode(client.post("/voice/recallFlow/cancel", "{\"type\":3,\"id\":987654321}"), "code", -24, false);
  }

  @Test
  @DisplayName("bodies are checked like the platform: -22 with a reason naming each field")
  void validation() {
    assertInvalid("/voice/group/call/send/agent", "{\"appId\":\"Jgd8oFei\",\"taskName\":\"x1\",\"agentId\":41}", "status", true,
        "numberInfoList");
    assertInvalid("/voice/group/call/send/agent", campaign("other-app", 1, "").replace("Jgd8oFei", "NotMine"), "status", true,
        "appId");
    assertInvalid("/voice/group/call/query", "{\"current\":1,\"size\":101,\"params\":{\"endTime\":\"2025-03-31 23:59:59\"}}",
        "code", false, "size", "params.strTime");
    assertInvalid("/voice/group/call/query", "{\"current\":0,\"size\":10,\"params\":{" + RANGE + ",\"statusList\":[9]}}",
        "code", false, "current", "params.statusList[0]");
    assertInvalid("/voice/group/call/query", "{\"current\":1,\"size\":10,\"params\":{\"strTime\":\"2025-03-31 00:00:00\","
        + "\"endTime\":\"2025-03-01 00:00:00\"}}", "code", false, "params.endTime");
    assertInvalid("/voice/group/call/cancel", "{\"taskIdList\":[]}", "code", true, "taskIdList");
    assertInvalid("/voice/group/call/cancel", "{\"taskIdList\":[1,\"x\",-5]}", "code", true, "taskIdList[1]", "taskIdList[2]");
    assertInvalid("/voice/recallFlow/queryPage", "{\"size\":10,\"params\":{\"strTime\":\"2025/03/01\",\"endTime\":\"2025-03-31 23:59:59\"}}",
        "code", false, "current", "params.strTime");
    assertInvalid("/voice/recallFlow/queryDetail", "{\"keyId\":\"twelve\"}", "code", false, "keyId");
    assertInvalid("/voice/recallFlow/update", "{\"keyId\":1,\"recallType\":0,\"recallInterval\":0,\"recallNum\":2,"
        + "\"nodeList\":[{\"scriptId\":1},{}]}", "code", false, "recallInterval", "nodeList[1].scriptId");
    assertInvalid("/voice/recallFlow/update", "{\"keyId\":1,\"recallType\":0,\"recallInterval\":10,\"recallNum\":3,"
        + "\"nodeList\":[{\"scriptId\":1}]}", "code", false, "nodeList");
    assertInvalid("/voice/recallFlow/cancel", "{\"type\":4}", "code", false, "type", "id");
    assertInvalid("/voice/recallFlow/cancel", "{\"type\":1,", "code", false, "not a JSON request");
    assertInvalid("/voice/recallFlow/cancel", "[1]", "code", false, "body");
  }

  private static void assertInvalid(String path, String body, String codeKey, boolean codeAsString, String... named) {
    WireClient.Answer answer = client.post(path, body);
    assertCode(answer, codeKey, -22, codeAsString);
    String reason = text(answer.json(), codeKey.equals("status") ? "reason" : "msg");
    assertThat(reason).as(path + " " + body).startsWith("parameter exception: ");
    for (String name : named) {
      assertThat(reason).as(path + " " + body).contains(name);
    }
  }

  @Test
  @DisplayName("an unknown path is a 404, another method than POST a 405, a trailing slash is accepted")
  void httpLevel() {
    WireClient.Answer missing = client.post("/voice/group/call/nothing", "{}");
    WireClient.Answer get = client.send(java.net.http.HttpRequest.newBuilder(emulator.baseUrl().resolve("/voice/group/call/query"))
        .GET().build());
    WireClient.Answer slash = client.post("/voice/group/call/query/", TASKS);

    assertThat(missing.status()).isEqualTo(404);
    assertThat(get.status()).isEqualTo(405);
    assertThat(get.headers().get("allow")).isEqualTo("POST");
    assertCode(slash, "code", 0, false);
  }
}
