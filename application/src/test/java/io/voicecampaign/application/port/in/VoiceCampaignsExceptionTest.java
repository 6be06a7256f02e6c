package io.voicecampaign.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.voicecampaign.application.port.out.GatewayFailure;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A failure as an unchecked exception")
class VoiceCampaignsExceptionTest {

  @Test
  @DisplayName("getOrElseThrow(Failure::toException) throws the failure whole, with its message")
  void carriesTheFailure() {
    Failure down = new Failure.Gateway(new GatewayFailure.Unavailable("connection refused", Option.none()));
    Either<Failure, String> outcome = Either.left(down);

    assertThatThrownBy(() -> outcome.getOrElseThrow(Failure::toException))
        .isInstanceOfSatisfying(VoiceCampaignsException.class, thrown -> assertThat(thrown.failure()).isSameAs(down))
        .hasMessage(down.message());
  }

  @Test
  @DisplayName("a success is returned as it is")
  void success() {
    Either<Failure, String> outcome = Either.right("launched");

    assertThat(outcome.getOrElseThrow(Failure::toException)).isEqualTo("launched");
  }
}
