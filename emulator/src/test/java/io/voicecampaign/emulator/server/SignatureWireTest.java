package io.voicecampaign.emulator.server;

import static io.voicecampaign.emulator.WireClient.assertCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.application.testing.VirtualClock;
import io.voicecampaign.emulator.Emulator;
import io.voicecampaign.emulator.EmulatorFixtures;
import io.voicecampaign.emulator.Json;
import io.voicecampaign.emulator.WireClient;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The signature check over HTTP")
class SignatureWireTest {

  /** The docs' worked example: Timestamp 1630468800, 2021-09-01 12:00:00 at UTC+8. */
  private static final long DOC_TIMESTAMP = 1_630_468_800L;
  private static final String DOC_SIGN = "05d7a50893e22a5c4bb3216ae3396c7c";
  private static final String QUERY = "{\"current\":1,\"size\":10,\"params\":{\"strTime\":\"2024-01-01 00:00:00\","
      + "\"endTime\":\"2030-01-01 00:00:00\"}}";

  private static final VirtualClock WALL = VirtualClock.at(Instant.ofEpochSecond(DOC_TIMESTAMP));
  private static Emulator emulator;
  private static WireClient client;

  @BeforeAll
  static void start() {
    emulator = EmulatorFixtures.start(EmulatorFixtures.config().wallClock(WALL).build());
    client = new WireClient(emulator);
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  @Test
  @DisplayName("accepts the docs' worked example: key bDqJFiq9, secret 7bz1lzh9, Timestamp 1630468800, its Sign")
  void acceptsTheDocsExample() {
    WireClient.Answer answer = client.post("/v3/voice/group/call/query", QUERY,
        WireClient.headers("bDqJFiq9", Long.toString(DOC_TIMESTAMP), DOC_SIGN));

    assertCode(answer, "code", 0, false);
  }

  @Test
  @DisplayName("accepts the Sign in upper case: the docs call it case-insensitive")
  void acceptsUpperCaseSign() {
    WireClient.Answer answer = client.post("/voice/group/call/query", QUERY,
        WireClient.headers("bDqJFiq9", Long.toString(DOC_TIMESTAMP), DOC_SIGN.toUpperCase(Locale.ROOT)));

    assertCode(answer, "code", 0, false);
  }

  @Test
  @DisplayName("answers -1 for a wrong Sign, an unknown Api-Key, a malformed Timestamp, in each endpoint's envelope")
  void refusesBadSignatures() {
    String ts = Long.toString(DOC_TIMESTAMP);
    WireClient.Answer wrongSign = client.post("/voice/group/call/query", QUERY, WireClient.headers("bDqJFiq9", ts, "0".repeat(32)));
    WireClient.Answer unknownKey = client.post("/v3/voice/group/call/send/agent", "{}",
        WireClient.headers("someoneElse", ts, WireClient.sign("someoneElse", "7bz1lzh9", DOC_TIMESTAMP)));
    WireClient.Answer badTimestamp = client.post("/voice/group/call/cancel", "{}",
        WireClient.headers("bDqJFiq9", "2021-09-01", DOC_SIGN));

    assertCode(wrongSign, "code", -1, false);
    assertThat(Json.text(wrongSign.json(), "msg")).contains("Sign does not match").doesNotContain(DOC_SIGN);
    assertCode(unknownKey, "status", -1, true);
    assertThat(Json.text(unknownKey.json(), "reason")).contains("unknown Api-Key");
    assertCode(badTimestamp, "code", -1, true);
    assertThat(Json.text(badTimestamp.json(), "msg")).contains("epoch seconds");
  }

  @Test
  @DisplayName("answers -1 naming the missing headers")
  void refusesMissingHeaders() {
    WireClient.Answer answer = client.post("/voice/recallFlow/queryPage", QUERY, Map.of("Api-Key", "bDqJFiq9"));

    assertCode(answer, "code", -1, false);
    assertThat(Json.text(answer.json(), "msg")).contains("missing: Timestamp, Sign");
  }

  @Test
  @DisplayName("answers -16 for a timestamp more than 300 s from the platform's clock, either way, and accepts 300 s")
  void refusesStaleTimestamps() {
    long now = WALL.instant().getEpochSecond();

    assertCode(client.post("/voice/group/call/query", QUERY, client.signedAt(now - 300)), "code", 0, false);
    assertCode(client.post("/voice/group/call/query", QUERY, client.signedAt(now + 300)), "code", 0, false);
    WireClient.Answer stale = client.post("/voice/group/call/query", QUERY, client.signedAt(now - 301));
    WireClient.Answer early = client.post("/v3/voice/group/call/send/agent", QUERY, client.signedAt(now + 301));

    assertCode(stale, "code", -16, false);
    assertThat(Json.text(stale.json(), "msg")).contains("301 s behind");
    assertCode(early, "status", -16, true);
    assertThat(Json.text(early.json(), "reason")).contains("301 s ahead");
  }

  @Test
  @DisplayName("checks the signature before the body: a bad signature with a malformed body is still -1")
  void signatureFirst() {
    WireClient.Answer answer = client.post("/voice/recallFlow/cancel", "{not json",
        WireClient.headers("bDqJFiq9", Long.toString(DOC_TIMESTAMP), "f".repeat(32)));

    assertCode(answer, "code", -1, false);
  }
}
