package io.wirefeed.parse;

import io.wirefeed.parse.format.ParseResult;
import io.wirefeed.story.ParsedStory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Loads test fixtures and sample-feed messages from the classpath. */
public final class Fixtures {

  private Fixtures() {}

  /** A fixture in {@code src/test/resources/io/wirefeed/parse/}. */
  public static byte[] parseFixture(String name) {
    return bytes("/io/wirefeed/parse/" + name);
  }

  /** A message of the bundled sample feed. */
  public static byte[] sampleFeed(String name) {
    return bytes("/sample-feed/" + name);
  }

  public static byte[] bytes(String resource) {
    try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no such resource: " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the default parser makes of these bytes. */
  public static ParseResult parse(byte[] raw) {
    return new WireMessageParser(ParseLimits.DEFAULTS).parse(raw);
  }

  /** The story the default parser reads from these bytes; fails the test if it reads none. */
  public static ParsedStory story(byte[] raw) {
    return parsed(parse(raw));
  }

  /** The story the default parser reads from a fixture in {@code io/wirefeed/parse/}. */
  public static ParsedStory story(String fixture) {
    return story(parseFixture(fixture));
  }

  /** The story the default parser reads from a message of the bundled sample feed. */
  public static ParsedStory sampleStory(String name) {
    return story(sampleFeed(name));
  }

  /**
   * The regular files below {@code folder}, sorted, without the folder's own listing ({@code
   * INDEX.md}, {@code INDEX.txt}).
   */
  public static List<Path> filesBelow(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().matches("INDEX\\.(md|txt)"))
          .sorted()
          .toList();
    }
  }

  public static ParsedStory parsed(ParseResult result) {
    if (result instanceof ParseResult.Parsed parsed) {
      return parsed.story();
    }
    throw new AssertionError("expected a story, got " + result);
  }
}
