package io.voicecampaign.emulator.push;

import static org.assertj.core.api.Assertions.assertThat;

import io.voicecampaign.domain.shared.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A push target")
class PushTargetTest {

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1:9000/reports", "http://127.8.9.10/r", "https://localhost:8443/x",
      "http://LOCALHOST/x", "http://[::1]:9000/reports", "http://127.000.0.1/"})
  @DisplayName("on this machine is accepted")
  void loopback(String url) {
    assertThat(PushTarget.parse("url", url, false).get().uri().toString()).isEqualTo(url);
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://10.0.0.1/reports", "http://example.com/reports", "http://0.0.0.0:9000/",
      "http://128.0.0.1/", "http://[::2]/", "http://localhost.example.com/", "http://127.0.0.1.nip.io/"})
  @DisplayName("off this machine is refused, naming the value and the rule, unless remote pushes are allowed")
  void remote(String url) {
    Violation refused = PushTarget.parse("pushUrl", url, false).getLeft();

    assertThat(refused.path()).isEqualTo("pushUrl");
    assertThat(refused.value()).isEqualTo(url);
    assertThat(refused.rule()).isEqualTo(PushTarget.LOOPBACK_RULE).contains("--allow-remote-push");
    assertThat(PushTarget.parse("pushUrl", url, true).isRight()).isTrue();
  }

  @Test
  @DisplayName("counts a name as remote without looking it up, and an address out of range as no address")
  void namesAreNotLookedUp() {
    assertThat(PushTarget.isLoopback("999.1.1.1")).isFalse();
    assertThat(PushTarget.isLoopback("127.256.0.1")).isFalse();
    assertThat(PushTarget.isLoopback("ip6-localhost")).isFalse();
    assertThat(PushTarget.isLoopback("::ffff:127.0.0.1")).isTrue();
  }

  @Test
  @DisplayName("must be an absolute http(s) URL with a host and no user info")
  void shape() {
    assertThat(PushTarget.parse("url", null, true).getLeft().rule()).startsWith("is required");
    assertThat(PushTarget.parse("url", "  ", true).getLeft().rule()).startsWith("is required");
    assertThat(PushTarget.parse("url", "ftp://127.0.0.1/x", true).getLeft().rule()).contains("http:// or https://");
    assertThat(PushTarget.parse("url", "/reports", true).getLeft().rule()).contains("absolute");
    assertThat(PushTarget.parse("url", "http://127.0.0.1:9000/a b", true).getLeft().rule()).startsWith("must be a URL");
    Violation userInfo = PushTarget.parse("url", "http://me:pw@127.0.0.1/x", true).getLeft();
    assertThat(userInfo.rule()).contains("user info");
  }

  @Test
  @DisplayName("is shown without its query, which may carry the receiver's token; the query is still sent")
  void queryHidden() {
    PushTarget target = PushTarget.parse("url", "http://127.0.0.1:9000/reports?token=s3cr3t#top", false).get();

    assertThat(target.toString()).isEqualTo("http://127.0.0.1:9000/reports?…").doesNotContain("s3cr3t");
    assertThat(target.uri().getRawQuery()).isEqualTo("token=s3cr3t");
    assertThat(PushTarget.parse("url", "http://127.0.0.1:9000/reports#top", false).get()).hasToString("http://127.0.0.1:9000/reports#top");
  }
}
