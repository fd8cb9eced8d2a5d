package io.wirefeed.cli;

import io.wirefeed.embedded.EmbeddedSchemaRegistry;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code registry}: the embedded Schema Registry on its own, for a Compose stack or a test bed
 * where Confluent's image cannot be had. Schemas are kept in a journal under the data dir, so ids
 * survive a restart.
 */
@Command(
    name = "registry",
    mixinStandardHelpOptions = true,
    description = {
      "Serves wirefeed's embedded Schema Registry (the Confluent REST subset wirefeed and"
          + " Confluent's serializers use) until stopped with SIGTERM or Ctrl-C.",
      "Schemas are kept in DIR/registry/schemas.jsonl, so the same ids come back after a restart."
    })
final class RegistryCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to listen on; 0.0.0.0 for all interfaces (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(
      names = "--port",
      defaultValue = "8081",
      description = "Port to listen on, 0 for any free port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--data-dir",
      required = true,
      paramLabel = "DIR",
      description = "Where the schemas are kept across restarts.")
  Path dataDir;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65_535) {
      throw new ParameterException(
          spec.commandLine(), "--port must be from 0 to 65535, not " + port);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    try (var registry =
        EmbeddedSchemaRegistry.builder()
            .host(host)
            .port(port)
            .withJournal(dataDir.resolve("registry").resolve("schemas.jsonl"))
            .start()) {
      PrintWriter out = spec.commandLine().getOut();
      out.println("registry=" + registry.url());
      out.flush();
      Thread hook =
          new Thread(
              () -> {
                registry.close();
                stopped.countDown();
                // The JVM would report a signal as 143; a requested stop is a clean exit.
                Runtime.getRuntime().halt(0);
              },
              "wirefeed-registry-shutdown");
      Runtime.getRuntime().addShutdownHook(hook);
      try {
        stopped.await();
      } finally {
        Runtime.getRuntime().removeShutdownHook(hook);
      }
    }
    return 0;
  }
}
