package io.voicecampaign.emulator.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.application.port.out.contract.PlatformControl;
import io.voicecampaign.emulator.Json;
import io.voicecampaign.emulator.WireClient;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** The contract suites' control of an emulator, through its admin endpoints over HTTP as any client would. */
final class AdminPlatformControl implements PlatformControl {

  private final WireClient client;

  AdminPlatformControl(WireClient client) {
    this.client = client;
  }

  @Override
  public Instant now() {
    return Instant.ofEpochMilli(Json.number(ok(client.admin("GET", "state", null)).json(), "nowEpochMillis"));
  }

  @Override
  public ZoneId zone() {
    return ZoneId.of(Json.text(ok(client.admin("GET", "state", null)).json(), "zone"));
  }

  @Override
  public void advance(Duration duration) {
    ok(client.admin("POST", "advance", "{\"seconds\":" + duration.toMillis() / 1000.0 + "}"));
  }

  @Override
  public void setConcurrentTaskLimit(int limit) {
    ok(client.admin("POST", "limit", "{\"concurrentTasks\":" + limit + "}"));
  }

  @Override
  public void setListingDelay(Duration delay) {
    ok(client.admin("POST", "listing", "{\"delaySeconds\":" + delay.toMillis() / 1000.0 + "}"));
  }

  @Override
  public void loseNextCreateAnswer() {
    ok(client.admin("POST", "fault", "{\"fault\":\"outcomeUnknown\",\"operation\":\"LAUNCH\",\"applied\":true,\"times\":1}"));
  }

  @Override
  public void failNextCreateUnavailable() {
    ok(client.admin("POST", "fault", "{\"fault\":\"unavailable\",\"operation\":\"LAUNCH\",\"times\":1}"));
  }

  /** An empty platform whose clock stands at {@code start} ({@code yyyy-MM-dd HH:mm:ss} at UTC+8). */
  void reset(String start) {
    ok(client.admin("POST", "reset", "{\"start\":\"" + start + "\"}"));
  }

  private static WireClient.Answer ok(WireClient.Answer answer) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer;
  }
}
