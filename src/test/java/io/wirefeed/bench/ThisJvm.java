package io.wirefeed.bench;

import java.util.List;

/** The command that starts a JVM like the one running the tests, with its class path. */
final class ThisJvm {

  private ThisJvm() {}

  static List<String> javaCommand() {
    String java = ProcessHandle.current().info().command().orElse("java");
    return List.of(java, "-cp", System.getProperty("java.class.path"));
  }
}
