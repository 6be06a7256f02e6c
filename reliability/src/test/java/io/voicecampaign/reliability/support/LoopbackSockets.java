package io.voicecampaign.reliability.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ServerSocketFactory;

/**
 * Server sockets for MockWebServer on loopback. Accepted connections send small writes at once
 * (without Nagle's algorithm a loopback exchange does not wait ~40 ms for a delayed acknowledgement),
 * and, when asked, close with a TCP reset instead of an orderly FIN: with {@code SO_LINGER} 0, every
 * socket effect that closes the connection becomes a reset the client sees as "Connection reset".
 */
public final class LoopbackSockets extends ServerSocketFactory {

  private final boolean resetOnClose;

  private LoopbackSockets(boolean resetOnClose) {
    this.resetOnClose = resetOnClose;
  }

  /** Sockets that close in order. */
  public static LoopbackSockets orderly() {
    return new LoopbackSockets(false);
  }

  /** Sockets that close with a TCP reset. */
  public static LoopbackSockets resetting() {
    return new LoopbackSockets(true);
  }

  @Override
  public ServerSocket createServerSocket() throws IOException {
    return new Configured(resetOnClose);
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
    ServerSocket socket = new Configured(resetOnClose);
    socket.bind(address, backlog);
    return socket;
  }

  private static final class Configured extends ServerSocket {
    private final boolean resetOnClose;

    Configured(boolean resetOnClose) throws IOException {
      super();
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
