package io.voicecampaign.emulator.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Envelope modes")
class EnvelopesTest {

  @Test
  @DisplayName("documented keeps each endpoint's page envelope; a fixed mode uses its one envelope everywhere")
  void documentedAndFixed() {
    assertThat(Envelopes.documented().pick(Envelope.CODE_AS_STRING)).isEqualTo(Envelope.CODE_AS_STRING);
    for (Envelope envelope : Envelope.values()) {
      Envelopes fixed = Envelopes.named(Envelopes.fixed(envelope).name(), 1).orElseThrow();
      assertThat(fixed.pick(Envelope.STATUS_AS_STRING)).isEqualTo(envelope);
    }
    assertThat(Envelopes.named("status-number", 1).orElseThrow().pick(Envelope.CODE_AS_NUMBER)).isEqualTo(Envelope.STATUS_AS_NUMBER);
    assertThat(Envelopes.named("code-as-number", 1)).isEmpty();
  }

  @Test
  @DisplayName("random draws all four envelopes, the same sequence for the same seed")
  void randomIsSeeded() {
    Envelopes first = Envelopes.random(7);
    Envelopes second = Envelopes.random(7);
    Set<Envelope> seen = EnumSet.noneOf(Envelope.class);
    for (int i = 0; i < 200; i++) {
      Envelope drawn = first.pick(Envelope.CODE_AS_NUMBER);
      assertThat(second.pick(Envelope.CODE_AS_NUMBER)).isEqualTo(drawn);
      seen.add(drawn);
    }
    assertThat(seen).containsExactlyInAnyOrder(Envelope.values());
  }

  @Test
  @DisplayName("each of the four envelopes writes its code key, type and message key")
  void fourShapes() {
    assertThat(new String(Envelope.STATUS_AS_STRING.failure(io.voicecampaign.domain.shared.PlatformCode.PARAMETER_EXCEPTION, "x")))
        .startsWith("{\"status\":\"-22\",\"reason\":\"x\"");
    assertThat(new String(Envelope.STATUS_AS_NUMBER.failure(io.voicecampaign.domain.shared.PlatformCode.PARAMETER_EXCEPTION, "x")))
        .startsWith("{\"status\":-22,\"reason\":\"x\"");
    assertThat(new String(Envelope.CODE_AS_NUMBER.failure(io.voicecampaign.domain.shared.PlatformCode.PARAMETER_EXCEPTION, "x")))
        .startsWith("{\"code\":-22,\"msg\":\"x\"");
    assertThat(new String(Envelope.CODE_AS_STRING.failure(io.voicecampaign.domain.shared.PlatformCode.PARAMETER_EXCEPTION, "x")))
        .startsWith("{\"code\":\"-22\",\"msg\":\"x\"");
  }
}
