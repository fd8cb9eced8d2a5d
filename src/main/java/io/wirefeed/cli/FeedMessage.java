package io.wirefeed.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One raw wire message to replay, named for where it came from. */
record FeedMessage(String name, byte[] bytes) {

  static final String SAMPLE_FEED = "/sample-feed/";

  /** The bundled sample feed, in the order its {@code INDEX.txt} lists the files. */
  static List<FeedMessage> sampleFeed() {
    List<FeedMessage> messages = new ArrayList<>();
    for (String name : sampleFeedIndex()) {
      messages.add(new FeedMessage(name, resource(SAMPLE_FEED + name)));
    }
    return messages;
  }

  static List<FeedMessage> fromFiles(List<Path> paths, int maxMessageBytes) {
    return InputFiles.expand(paths).stream()
        .map(file -> new FeedMessage(file.toString(), readBounded(file, maxMessageBytes)))
        .toList();
  }

  private static byte[] readBounded(Path file, int maxMessageBytes) {
    try {
      return InputFiles.readBounded(InputFiles.FILES, file, maxMessageBytes);
    } catch (IOException e) {
      throw new UncheckedIOException(InputFiles.why(file, e), e);
    }
  }

  /** File names are the first word of each line of the index; # starts a comment. */
  private static List<String> sampleFeedIndex() {
    String index = new String(resource(SAMPLE_FEED + "INDEX.txt"), StandardCharsets.UTF_8);
    return index
        .lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .map(line -> line.split("\\s+", 2)[0])
        .toList();
  }

  private static byte[] resource(String path) {
    try (InputStream in = FeedMessage.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("the jar has no " + path + ": rebuild with mvn package");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }
}
