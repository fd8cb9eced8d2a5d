package io.wirefeed.cli;

import io.wirefeed.normalize.ContentHash;
import io.wirefeed.parse.ParseLimits;
import io.wirefeed.parse.ParseResult;
import io.wirefeed.parse.WireMessageParser;
import io.wirefeed.topology.StoryRecords;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parse FILE...}: parses wire files without Kafka and prints each story as JSON. */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = {
      "Parses wire files (one message per file; folders are walked in name order) without Kafka.",
      "Prints one JSON object per story with the Avro field names, and an error line on stderr"
          + " for each file that does not parse. Exit code 0 only if every file parsed."
    })
final class ParseCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Wire files or folders.")
  List<Path> files;

  @Option(
      names = "--max-message-bytes",
      defaultValue = "1048576",
      description = "Reject messages over this size (default: ${DEFAULT-VALUE}).")
  int maxMessageBytes;

  @Option(names = "--verbose", description = "Print stack traces for errors.")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    var parser =
        new WireMessageParser(new ParseLimits(maxMessageBytes, ParseLimits.DEFAULTS.maxLines()));
    int failures = 0;
    for (Path file : InputFiles.expand(files)) {
      ParseResult result = parser.parse(InputFiles.readBounded(file, maxMessageBytes));
      if (result instanceof ParseResult.Parsed parsed) {
        Instant modified = Files.getLastModifiedTime(file).toInstant();
        var story =
            StoryRecords.toAvro(parsed.story(), ContentHash.of(parsed.story()), modified, null);
        out.println(AvroJson.write(AvroJson.toJson(story)));
      } else {
        failures++;
        err.println("parse: " + file + ": " + ((ParseResult.Failed) result).reason());
      }
    }
    out.flush();
    return failures == 0 ? 0 : 1;
  }
}
