package io.wirefeed.cli;

import io.wirefeed.parse.MessageResult;
import io.wirefeed.parse.ParseLimits;
import io.wirefeed.parse.WireMessageParser;
import io.wirefeed.parse.format.ParseResult;
import io.wirefeed.topology.StoryRecords;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parse FILE...}: parses wire files without Kafka and prints each story as JSON. */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = {
      "Parses wire files without Kafka (folders are walked in name order; a file may hold"
          + " several framed messages).",
      "Prints one JSON object per story with the Avro field names, and an error line on stderr"
          + " for each message that does not parse. Exit code 0 only if every message parsed."
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

  @Mixin VerboseOption verbose;

  InputFiles.Opener opener = InputFiles.FILES;

  /** Names the message in a file of several; nothing for a file's first message. */
  private static String messageLabel(MessageResult message) {
    return message.index() == 0
        ? ""
        : " (message " + (message.index() + 1) + " at byte " + message.byteOffset() + ")";
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    var parser =
        new WireMessageParser(new ParseLimits(maxMessageBytes, ParseLimits.DEFAULTS.maxLines()));
    InputFiles.Listing listing = InputFiles.list(files, List.of());
    listing.unreadable().forEach(why -> err.println("parse: " + why));
    int failures = 0;
    int unreadable = listing.unreadable().size();
    for (Path file : listing.files()) {
      try {
        failures += parseFile(file, parser, out, err);
      } catch (IOException e) {
        unreadable++;
        err.println("parse: " + InputFiles.why(file, e));
      }
    }
    out.flush();
    if (unreadable > 0) {
      err.println(
          "parse: "
              + unreadable
              + (unreadable == 1 ? " file or folder" : " files or folders")
              + " could not be read (see above); the others were parsed");
    }
    return failures == 0 && unreadable == 0 ? 0 : 1;
  }

  /** Prints the stories of one file; returns how many of its messages did not parse. */
  private int parseFile(Path file, WireMessageParser parser, PrintWriter out, PrintWriter err)
      throws IOException {
    Instant modified = Files.getLastModifiedTime(file).toInstant();
    byte[] bytes = InputFiles.readBounded(opener, file, maxMessageBytes);
    if (bytes.length > maxMessageBytes) {
      // Only the first limit + 1 bytes were read: say the file's own size, not that.
      err.println(
          "parse: "
              + file
              + ": file is "
              + Files.size(file)
              + " bytes, over the "
              + maxMessageBytes
              + "-byte limit (--max-message-bytes); not parsed (a capture of many messages"
              + " replays message by message: replay --dry-run lists them)");
      return 1;
    }
    int failures = 0;
    for (MessageResult message : parser.parseAll(bytes)) {
      if (message.result() instanceof ParseResult.Parsed parsed) {
        var story = StoryRecords.toAvro(parsed.story(), message, modified, null);
        out.println(AvroJson.write(AvroJson.toJson(story)));
      } else {
        failures++;
        err.println(
            "parse: "
                + file
                + messageLabel(message)
                + ": "
                + ((ParseResult.Failed) message.result()).reason());
      }
    }
    return failures;
  }
}
