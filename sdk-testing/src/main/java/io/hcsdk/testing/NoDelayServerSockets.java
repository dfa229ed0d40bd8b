package io.hcsdk.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ServerSocketFactory;

/**
 * Server sockets whose accepted connections disable Nagle's algorithm. MockWebServer writes a
 * response's head and body separately; with Nagle on, the body waits for the client's delayed ACK,
 * adding ~40 ms to every call, which a polling SDK test multiplies. Every accepted connection is
 * counted in {@link OpenConnections} until it closes.
 */
final class NoDelayServerSockets extends ServerSocketFactory {
  private final OpenConnections connections;

  NoDelayServerSockets() {
    this(new OpenConnections());
  }

  NoDelayServerSockets(OpenConnections connections) {
    this.connections = connections;
  }

  /** A connection that counts itself closed once, whoever closes it (the server, or an SSL socket over it). */
  private static final class CountedSocket extends Socket {
    private final OpenConnections connections;
    private final AtomicBoolean closed = new AtomicBoolean();

    CountedSocket(OpenConnections connections) {
      this.connections = connections;
    }

    @Override
    public void close() throws IOException {
      try {
        super.close();
      } finally {
        if (closed.compareAndSet(false, true)) {
          connections.closed();
        }
      }
    }
  }

  private final class NoDelayServerSocket extends ServerSocket {
    NoDelayServerSocket() throws IOException {
      super();
    }

    @Override
    public Socket accept() throws IOException {
      CountedSocket socket = new CountedSocket(connections);
      implAccept(socket);
      connections.opened();
      try {
        socket.setTcpNoDelay(true);
      } catch (IOException e) {
        socket.close();
        throw e;
      }
      return socket;
    }
  }

  @Override
  public ServerSocket createServerSocket() throws IOException {
    return new NoDelayServerSocket();
  }

  @Override
  public ServerSocket createServerSocket(int port) throws IOException {
    return bound(port, 50, null);
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog) throws IOException {
    return bound(port, backlog, null);
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
    return bound(port, backlog, address);
  }

  private ServerSocket bound(int port, int backlog, InetAddress address) throws IOException {
    ServerSocket socket = new NoDelayServerSocket();
    socket.bind(new InetSocketAddress(address, port), backlog);
    return socket;
  }
}
