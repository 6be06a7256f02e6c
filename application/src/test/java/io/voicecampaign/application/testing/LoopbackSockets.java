package io.voicecampaign.application.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ServerSocketFactory;

/**
 * Server sockets for MockWebServer on loopback. Accepted connections send small writes at once:
 * MockWebServer writes a response's head and body separately, and with Nagle's algorithm on each
 * exchange would wait about 40 ms for a delayed acknowledgement. When asked, they close with a TCP
 * reset instead of an orderly FIN ({@code SO_LINGER} 0: every close becomes a reset the client sees as
 * "Connection reset"), or receive into a small buffer, so that a client sending a large body blocks as
 * soon as the server stops reading.
 */
public final class LoopbackSockets extends ServerSocketFactory {

  private final boolean resetOnClose;
  private final int receiveBuffer;

  private LoopbackSockets(boolean resetOnClose, int receiveBuffer) {
    this.resetOnClose = resetOnClose;
    this.receiveBuffer = receiveBuffer;
  }

  /** Sockets that close in order, with the system's receive buffer. */
  public static LoopbackSockets orderly() {
    return new LoopbackSockets(false, 0);
  }

  /** Sockets that close with a TCP reset. */
  public static LoopbackSockets resetting() {
    return new LoopbackSockets(true, 0);
  }

  /** Sockets that close in order and take in at most about {@code bytes} unread bytes per connection. */
  public static LoopbackSockets receivingAtMost(int bytes) {
    if (bytes <= 0) {
      throw new IllegalArgumentException("a receive buffer holds at least one byte: " + bytes);
    }
    return new LoopbackSockets(false, bytes);
  }

  @Override
  public ServerSocket createServerSocket() throws IOException {
    return configured();
  }

  @Override
  public ServerSocket createServerSocket(int port) throws IOException {
    return bound(new InetSocketAddress(port), 50);
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog) throws IOException {
    return bound(new InetSocketAddress(port), backlog);
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
    return bound(new InetSocketAddress(address, port), backlog);
  }

  private ServerSocket bound(InetSocketAddress address, int backlog) throws IOException {
    ServerSocket socket = configured();
    socket.bind(address, backlog);
    return socket;
  }

  private ServerSocket configured() throws IOException {
    ServerSocket socket = new Configured(resetOnClose);
    if (receiveBuffer > 0) {
      socket.setReceiveBufferSize(receiveBuffer);
    }
    return socket;
  }

  private static final class Configured extends ServerSocket {
    private final boolean resetOnClose;

    Configured(boolean resetOnClose) throws IOException {
      this.resetOnClose = resetOnClose;
    }

    @Override
    public Socket accept() throws IOException {
      Socket socket = super.accept();
      socket.setTcpNoDelay(true);
      if (resetOnClose) {
        socket.setSoLinger(true, 0);
      }
      return socket;
    }
  }
}
