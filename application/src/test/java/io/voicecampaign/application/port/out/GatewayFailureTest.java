package io.voicecampaign.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.voicecampaign.domain.shared.PlatformCode;
import io.vavr.control.Option;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("GatewayFailure.fromPlatform: one mapping of the platform's codes for every transport")
class GatewayFailureTest {

  @Test
  @DisplayName("-1, -2 and -16 name the code and the message; -18 is unavailable and keeps the wait asked for")
  void namedCodes() {
    assertThat(GatewayFailure.fromPlatform(PlatformCode.AUTHENTICATION_ERROR, "bad sign"))
        .isEqualTo(new GatewayFailure.Unauthorized("AUTHENTICATION_ERROR(-1) bad sign"));
    assertThat(GatewayFailure.fromPlatform(PlatformCode.IP_RESTRICTED, ""))
        .isEqualTo(new GatewayFailure.IpNotAllowed("IP_RESTRICTED(-2)"));
    assertThat(GatewayFailure.fromPlatform(PlatformCode.TIMESTAMP_EXPIRED, "old"))
        .isEqualTo(new GatewayFailure.ClockSkew("TIMESTAMP_EXPIRED(-16) old"));
    GatewayFailure unavailable = GatewayFailure.fromPlatform(PlatformCode.SYSTEM_EXCEPTION, "busy", Option.some(Duration.ofSeconds(3)));
    assertThat(unavailable).isEqualTo(new GatewayFailure.Unavailable("the platform reported SYSTEM_EXCEPTION(-18) busy",
        Option.some(Duration.ofSeconds(3))));
    assertThat(unavailable.retryable()).isTrue();
    assertThat(unavailable.mayHaveActed()).isTrue();
  }

  @Test
  @DisplayName("any other code, documented or not, is a rejection carrying the code and the message as given")
  void otherCodes() {
    assertThat(GatewayFailure.fromPlatform(PlatformCode.CONCURRENT_TASK_LIMIT, "limit"))
        .isEqualTo(new GatewayFailure.Rejected(PlatformCode.CONCURRENT_TASK_LIMIT, "limit"));
    assertThat(GatewayFailure.fromPlatform(PlatformCode.of(-99), ""))
        .isEqualTo(new GatewayFailure.Rejected(PlatformCode.of(-99), ""));
    assertThat(GatewayFailure.fromPlatform(PlatformCode.TASK_NAME_EXISTS, "dup").mayHaveActed()).isFalse();
  }

  @Test
  @DisplayName("code 0 is a success and has no failure")
  void success() {
    assertThatIllegalArgumentException().isThrownBy(() -> GatewayFailure.fromPlatform(PlatformCode.SUCCESS, ""))
        .withMessageContaining("code 0");
  }
}
