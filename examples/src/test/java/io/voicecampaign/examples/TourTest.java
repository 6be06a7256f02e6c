package io.voicecampaign.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The tour")
class TourTest {

  @Test
  @DisplayName("runs every step on the simulator and exits 0 with a summary")
  void runsToTheEnd() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    int exit = Tour.run(new PrintStream(buffer, true, StandardCharsets.UTF_8), Map.of());

    String output = buffer.toString(StandardCharsets.UTF_8);
    assertThat(exit).as(output).isZero();
    assertThat(output).contains("in-memory simulator", "page 3 of 3", "CANCELLED", "Summary", "1 of 3 attempts ran",
        "parts 3/3, 25,000 of 25,000 callees", "winter-renewals-3of3: callees 20,000-24,999",
        "The call reports pushed for \"spring-renewals\"", "the launched task  1,000 calls: ", "recall attempt 1   ",
        "(quote currency)");
    assertThat(output).doesNotContain("recall attempt 2").containsPattern("all calls          1,[0-9]{3} calls: ");
  }

  @Test
  @DisplayName("stays on the simulator when no platform credential is set")
  void simulatorByDefault() {
    assertThat(Tour.platform(Map.of("VOICE_CALLEES", "463200000001"))).isInstanceOf(SimulatedTourPlatform.class);
  }
}
