package io.voicecampaign.adapter.http;

import io.voicecampaign.adapter.http.config.HttpConfig;
import io.voicecampaign.adapter.http.config.RetryPolicy;
import io.voicecampaign.adapter.http.core.PlatformTransport;
import io.voicecampaign.application.testing.LoopbackSockets;
import io.voicecampaign.application.testing.VirtualClock;
import io.voicecampaign.domain.campaign.AgentCampaign;
import io.voicecampaign.domain.recall.RecallPlan;
import io.voicecampaign.domain.recall.RecallType;
import java.time.Duration;
import java.time.Instant;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/** Credentials, clocks, campaigns and platform answers shared by the adapter's tests. */
public final class HttpFixtures {

  /** The API key of the vendor's worked signature example. */
  public static final String API_KEY = "bDqJFiq9";
  /** The API secret of the vendor's worked signature example. */
  public static final String API_SECRET = "7bz1lzh9";
  /** The timestamp of the vendor's worked example, 2021-09-01 12:00:00 at UTC+8. */
  public static final Instant SEED_INSTANT = Instant.ofEpochSecond(1_630_468_800L);
  /** The Sign of the vendor's worked example. */
  public static final String SEED_SIGN = "05d7a50893e22a5c4bb3216ae3396c7c";
  /** The exact content type every request carries. */
  public static final String JSON = "application/json;charset=UTF-8";

  /** The create body of the seed page, compact, with the node agents as numbers as the table types them. */
  public static final String SEED_CREATE_BODY = "{\"appId\":\"2Xql9RBI\",\"taskName\":\"I want to test Agent API-16\","
      + "\"displayNum\":\"1008122211\",\"maxCalls\":300,\"maxRingingTime\":60,\"agentId\":41,\"enableRecording\":1,"
      + "\"calloutRate\":1,\"allowSendTime\":[{\"strTime\":\"18:28\",\"endTime\":\"19:28\"}],"
      + "\"numberInfoList\":[{\"calleeNumber\":\"463200000007\"}],"
      + "\"recallFlow\":{\"recallType\":3,\"recallInterval\":1,\"recallNum\":5,"
      + "\"nodeList\":[{\"agentId\":41},{\"agentId\":41},{\"agentId\":41},{\"agentId\":41},{\"agentId\":41}],"
      + "\"recallIntent\":[\"99998\",\"99999\"]}}";

  /** The create answer of the seed page (E1). */
  public static final String SEED_CREATE_ANSWER = "{\n\"status\":\"0\",\n\"reason\":\"success\",\n\"data\":123123\n}";

  /** The task query answer of the seed page (E3). */
  public static final String SEED_QUERY_ANSWER = "{\"code\":0,\"msg\":\"success\",\"data\":{\"records\":[{\"taskId\":5000602,"
      + "\"taskName\":\"2024-06-04 14:49:17111\",\"status\":0,\"rate\":\"0\",\"numCnt\":1,\"callNum\":0,\"success\":0,"
      + "\"fail\":0,\"createdTime\":\"2024-06-04 14:49:36\",\"scriptId\":12}],\"total\":574,\"size\":1,\"current\":1,"
      + "\"searchCount\":true,\"pages\":574}}";

  /** The recall-flow list answer of the seed page. */
  public static final String SEED_RECALL_PAGE_ANSWER = "{\"code\":0,\"msg\":\"success\",\"data\":{\"records\":[{\"keyId\":298,"
      + "\"taskName\":\"DEFAULT_TASK_NAME-(UTC + 8)20250817192923\",\"taskId\":5009611,\"recallType\":0,\"status\":1,"
      + "\"recallInterval\":30,\"recallNum\":6,\"finishNum\":1,\"createTime\":\"2025-08-17 19:30:13\"}],\"total\":574,"
      + "\"size\":1,\"current\":1,\"searchCount\":true,\"pages\":574}}";

  /** The recall-flow detail answer of the seed page, paging keys included. */
  public static final String SEED_RECALL_DETAIL_ANSWER = "{\"code\":0,\"msg\":\"success\",\"data\":{\"keyId\":1,"
      + "\"recallInterval\":1,\"recallNum\":1,\"recallType\":1,\"status\":1,\"nodeList\":[{\"keyId\":1427,"
      + "\"taskId\":5009612,\"nodeStatus\":2,\"scriptId\":123}],\"total\":574,\"size\":1,\"current\":1,"
      + "\"searchCount\":true,\"pages\":574}}";

  /** The recall-flow cancel answer of the seed page (E3). */
  public static final String SEED_CANCEL_ANSWER = "{\"code\":0,\"msg\":\"success\",\"data\":null}";

  private HttpFixtures() {}

  /** A loopback server that answers without the delayed-acknowledgement stall of small writes. */
  public static MockWebServer server() {
    MockWebServer server = new MockWebServer();
    server.setServerSocketFactory(LoopbackSockets.orderly());
    return server;
  }

  /** A loopback server that takes in at most about {@code receiveBuffer} unread bytes per connection. */
  public static MockWebServer server(int receiveBuffer) {
    MockWebServer server = new MockWebServer();
    server.setServerSocketFactory(LoopbackSockets.receivingAtMost(receiveBuffer));
    return server;
  }

  /** A configuration for {@code server} with the seed credentials, short timeouts and virtual sleeps. */
  public static HttpConfig.Builder config(MockWebServer server, VirtualClock time) {
    return HttpConfig.builder()
        .apiKey(API_KEY)
        .apiSecret(API_SECRET)
        .appId("2Xql9RBI")
        .baseUrl(server.url("/").toString())
        .connectTimeout(Duration.ofSeconds(2))
        .readTimeout(Duration.ofMillis(800))
        .writeTimeout(Duration.ofSeconds(2))
        .callTimeout(Duration.ofSeconds(5))
        .createReadTimeout(Duration.ofMillis(800))
        .retryPolicy(RetryPolicy.builder().maxAttempts(3).seed(7).build())
        .sleeper(time.sleeper());
  }

  /** A transport over {@code config}, reading the time from {@code time}. */
  public static PlatformTransport transport(HttpConfig config, VirtualClock time) {
    return PlatformTransport.create(config, time);
  }

  /** A clock standing at the seed example's timestamp. */
  public static VirtualClock seedTime() {
    return VirtualClock.at(SEED_INSTANT);
  }

  /** The campaign of the seed page's create example. */
  public static AgentCampaign seedCampaign() {
    return AgentCampaign.builder()
        .appId("2Xql9RBI")
        .taskName("I want to test Agent API-16")
        .displayNumber("1008122211")
        .maxCallDurationSeconds(300)
        .maxRingingSeconds(60)
        .agentId(41)
        .recording(true)
        .calloutRate(1)
        .callWindow("18:28", "19:28")
        .addCallee("463200000007")
        .recall(RecallPlan.builder().type(RecallType.BY_INTENT).intervalMinutes(1).attempts(5).intents("99998", "99999"))
        .build()
        .get();
  }

  /** A campaign named {@code name} with {@code callees} callees, each with two texts. */
  public static AgentCampaign campaign(String name, int callees) {
    AgentCampaign.Builder builder = AgentCampaign.builder().appId("2Xql9RBI").agentId(41).taskName(name).expectCallees(callees);
    for (int i = 0; i < callees; i++) {
      builder.addCallee(String.format("4632%08d", i), "Customer " + i, "EUR " + (i % 90 + 10));
    }
    return builder.build().get();
  }

  /** A JSON answer with HTTP 200. */
  public static MockResponse json(String body) {
    return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
  }

  /** An answer with a platform code and message in the {@code code}/{@code msg} shape. */
  public static MockResponse code(int code, String msg) {
    return json("{\"code\":" + code + ",\"msg\":\"" + msg + "\",\"data\":null}");
  }

  /**
   * {@code text} with what the domain refuses in stored texts (control characters, lone surrogates)
   * replaced by {@code ?}, keeping every escape class a callee text can still hold.
   */
  public static String storable(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        kept.append(c).append(text.charAt(++i));
      } else {
        kept.append(Character.isSurrogate(c) || c < 0x20 || (c >= 0x7f && c <= 0x9f) ? '?' : c);
      }
    }
    return kept.toString();
  }
}
