package io.wirefeed.cli;

import io.wirefeed.config.EnvironmentSettings;
import io.wirefeed.config.WirefeedConfig;
import io.wirefeed.runtime.WirefeedProcessor;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code run --config FILE}: the processor against a real cluster and registry. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the processor against a Kafka cluster and Schema Registry until SIGTERM or Ctrl-C.",
      "Settings come from the --config properties file and WIREFEED_-prefixed environment"
          + " variables (WIREFEED_BOOTSTRAP_SERVERS sets bootstrap.servers); variables win."
    })
final class RunCommand implements Callable<Integer> {

  private static final Logger log = LoggerFactory.getLogger(RunCommand.class);

  @Option(
      names = {"-c", "--config"},
      paramLabel = "FILE",
      description = "Properties file: Kafka Streams, Schema Registry and wirefeed keys.")
  Path configFile;

  @Option(names = "--verbose", description = "Print stack traces for errors.")
  boolean verbose;

  @Override
  public Integer call() throws InterruptedException {
    var config = WirefeedConfig.from(EnvironmentSettings.load(configFile, System.getenv()));
    WirefeedProcessor processor = WirefeedProcessor.start(config);
    Thread shutdown =
        new Thread(
            () -> {
              log.info("shutting down");
              processor.close();
            },
            "wirefeed-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdown);
    try {
      processor.stopped().get();
      return 0;
    } catch (ExecutionException e) {
      System.err.println("wirefeed: processor stopped on a fatal error: " + e.getCause());
      return 1;
    }
  }
}
