package io.wirefeed.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Port probing on the loopback interface the embedded broker listens on. */
final class FreePorts {

  private FreePorts() {}

  /**
   * True if nothing listens on {@code port}. Probes the wildcard address: a socket bound to 0.0.0.0
   * blocks a later bind on 127.0.0.1 too, so this catches both cases.
   */
  static boolean isFree(int port) {
    if (port <= 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be in 1..65535: " + port);
    }
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress(port));
      return true;
    } catch (IOException taken) {
      return false;
    }
  }

  /**
   * A port the OS just handed out. Another process could grab it before the broker binds it;
   * ephemeral ports are rarely reused that fast, which is good enough for tests and the demo.
   */
  static int pick() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free port on the loopback interface", e);
    }
  }
}
