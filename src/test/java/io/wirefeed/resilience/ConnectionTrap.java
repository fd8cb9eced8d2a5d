package io.wirefeed.resilience;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A listening socket that counts every connection made to it: a URL in hostile input points here,
 * so a parser that fetched anything would show up as a count above zero.
 */
final class ConnectionTrap implements AutoCloseable {

  private final ServerSocket socket;
  private final AtomicInteger accepted = new AtomicInteger();

  private ConnectionTrap(ServerSocket socket) {
    this.socket = socket;
    Thread acceptor = new Thread(this::acceptAll, "connection-trap");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  static ConnectionTrap open() throws IOException {
    return new ConnectionTrap(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
  }

  String url() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  int connections() {
    return accepted.get();
  }

  /** Connects once itself, so a count of zero means nobody came, not that nobody could. */
  void connectOnce() throws IOException {
    try (var client = new Socket(InetAddress.getLoopbackAddress(), socket.getLocalPort())) {
      client.getOutputStream().flush();
    }
  }

  private void acceptAll() {
    while (!socket.isClosed()) {
      try (Socket connection = socket.accept()) {
        accepted.incrementAndGet();
      } catch (IOException e) {
        // Closed by close(): the loop ends.
      }
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
