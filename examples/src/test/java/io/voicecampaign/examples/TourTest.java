package io.voicecampaign.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The tour")
class TourTest {

  @Test
  @DisplayName("runs every step on the simulator and exits 0 with a summary")
  void runsToTheEnd() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    int exit = Tour.run(new PrintStream(buffer, true, StandardCharsets.UTF_8), Tour.platform());

    String output = buffer.toString(StandardCharsets.UTF_8);
    assertThat(exit).as(output).isZero();
    assertThat(output).contains("page 3 of 3", "CANCELLED", "Summary", "1 of 3 attempts ran");
  }
}
