package io.wirefeed.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

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

  public static ParsedStory parsed(ParseResult result) {
    if (result instanceof ParseResult.Parsed parsed) {
      return parsed.story();
    }
    throw new AssertionError("expected a story, got " + result);
  }
}
