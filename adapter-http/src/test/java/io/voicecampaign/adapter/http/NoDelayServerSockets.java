package io.voicecampaign.adapter.http;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ServerSocketFactory;

/**
 * Server sockets whose accepted connections send small writes at once. MockWebServer writes a
 * response's head and body separately; with Nagle's algorithm on, each exchange then waits about
 * 40 ms for a delayed acknowledgement on loopback. A small receive buffer, when asked for, makes a
 * client that sends a large body block as soon as the server stops reading.
 */
final class NoDelayServerSockets extends ServerSocketFactory {

  private final int receiveBuffer;

  /** Sockets with the system's receive buffer. */
  NoDelayServerSockets() {
    this(0);
  }

  /** Sockets receiving into {@code receiveBuffer} bytes (0: the system's default). */
  NoDelayServerSockets(int receiveBuffer) {
    this.receiveBuffer = receiveBuffer;
  }

  @Override
  public ServerSocket createServerSocket() throws IOException {
    return configured(new NoDelayServerSocket());
  }

  private ServerSocket configured(ServerSocket socket) throws IOException {
    if (receiveBuffer > 0) {
      socket.setReceiveBufferSize(receiveBuffer);
    }
    return socket;
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
    ServerSocket socket = configured(new NoDelayServerSocket());
    socket.bind(address, backlog);
    return socket;
  }

  private static final class NoDelayServerSocket extends ServerSocket {
    NoDelayServerSocket() throws IOException {
      super();
    }

    @Override
    public Socket accept() throws IOException {
      Socket socket = super.accept();
      socket.setTcpNoDelay(true);
      return socket;
    }
  }
}
