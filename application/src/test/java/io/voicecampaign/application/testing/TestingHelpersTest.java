package io.voicecampaign.application.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The shared test clock and loopback sockets")
class TestingHelpersTest {

  private static final Instant START = Instant.parse("2026-04-01T03:00:00Z");

  @Test
  @DisplayName("the clock moves only when told: forward by advance and by its sleeper, back by rewind")
  void clockMoves() {
    VirtualClock clock = VirtualClock.at(START);

    clock.advance(Duration.ofMinutes(5));
    clock.sleeper().sleep(Duration.ofSeconds(30));
    clock.rewind(Duration.ofMinutes(1));

    assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofSeconds(4 * 60 + 30)));
    assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(30));
    assertThat(clock.withZone(ZoneOffset.ofHours(8)).instant()).isEqualTo(clock.instant());
  }

  @Test
  @DisplayName("the clock refuses a negative advance or rewind, naming it")
  void clockRefusesNegativeMoves() {
    VirtualClock clock = VirtualClock.at(START);

    assertThatIllegalArgumentException().isThrownBy(() -> clock.advance(Duration.ofSeconds(-1))).withMessageContaining("PT-1S");
    assertThatIllegalArgumentException().isThrownBy(() -> clock.rewind(Duration.ofSeconds(-1))).withMessageContaining("PT-1S");
    assertThat(clock.instant()).isEqualTo(START);
  }

  @Test
  @DisplayName("accepted loopback connections have Nagle's algorithm off; resetting ones linger 0 s")
  void acceptedSockets() throws IOException {
    assertThat(lingerOfAccepted(LoopbackSockets.orderly())).isEqualTo(-1);
    assertThat(lingerOfAccepted(LoopbackSockets.resetting())).isZero();
  }

  /** {@code SO_LINGER} of the server side of one loopback connection through {@code sockets}, its Nagle's algorithm checked off. */
  private static int lingerOfAccepted(LoopbackSockets sockets) throws IOException {
    try (ServerSocket server = sockets.createServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Socket client = new Socket()) {
      client.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort()));
      try (Socket accepted = server.accept()) {
        assertThat(accepted.getTcpNoDelay()).isTrue();
        return accepted.getSoLinger();
      }
    }
  }

  @Test
  @DisplayName("a small receive buffer is asked for, and a buffer of no bytes is refused")
  void receiveBuffer() throws IOException {
    try (ServerSocket server = LoopbackSockets.receivingAtMost(4096).createServerSocket()) {
      assertThat(server.getReceiveBufferSize()).isLessThan(64 * 1024);
    }
    assertThatIllegalArgumentException().isThrownBy(() -> LoopbackSockets.receivingAtMost(0)).withMessageContaining("0");
  }
}
