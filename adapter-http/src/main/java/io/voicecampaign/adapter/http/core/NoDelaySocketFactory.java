package io.voicecampaign.adapter.http.core;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.Objects;
import javax.net.SocketFactory;

/**
 * Makes the sockets of another factory with Nagle's algorithm off ({@code TCP_NODELAY}), as Go's
 * {@code net/http} and Netty do by default. With it on, the last partial segment of a large request
 * body waits until the server acknowledges what was sent before, and servers delay that acknowledgement
 * by up to 40 ms; a 16 MB create then often waits that long for its last few bytes. Requests are
 * written in full segments, so sending small segments is not the cost it guards against. Public for
 * the benchmarks' hand-written baseline, which must send as the adapter does.
 */
public final class NoDelaySocketFactory extends SocketFactory {

  private final SocketFactory delegate;

  /** Sockets of {@code delegate}, each with Nagle's algorithm off. */
  public NoDelaySocketFactory(SocketFactory delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate == null");
  }

  @Override
  public Socket createSocket() throws IOException {
    return noDelay(delegate.createSocket());
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    return noDelay(delegate.createSocket(host, port));
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
    return noDelay(delegate.createSocket(host, port, localHost, localPort));
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    return noDelay(delegate.createSocket(host, port));
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
    return noDelay(delegate.createSocket(address, port, localAddress, localPort));
  }

  private static Socket noDelay(Socket socket) throws IOException {
    socket.setTcpNoDelay(true);
    return socket;
  }
}
