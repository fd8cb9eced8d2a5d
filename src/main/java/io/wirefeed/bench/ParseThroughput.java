package io.wirefeed.bench;

import io.wirefeed.normalize.ContentHash;
import io.wirefeed.parse.ParseLimits;
import io.wirefeed.parse.WireMessageParser;
import io.wirefeed.parse.format.ParseResult;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * Single-thread throughput of parse + canonicalize + hash against a floor on the same bytes: strict
 * UTF-8 decoding plus SHA-256 of the raw message, the least any parser must do. A quick in-process
 * figure for the bench report; the JMH profile measures the same with more care.
 */
final class ParseThroughput {

  private static final long WARM_UP_NANOS = 2_000_000_000L;
  private static final long MEASURE_NANOS = 3_000_000_000L;

  private ParseThroughput() {}

  /** Bytes per second of each, one core. */
  record Result(
      double parseBytesPerSecond, double parseMessagesPerSecond, double floorBytesPerSecond) {
    /** How many times the floor's cost our parse costs. */
    double costRatio() {
      return floorBytesPerSecond / parseBytesPerSecond;
    }
  }

  static Result measure(List<byte[]> messages) throws NoSuchAlgorithmException {
    WireMessageParser parser = new WireMessageParser(ParseLimits.DEFAULTS);
    MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
    long totalBytes = messages.stream().mapToLong(m -> m.length).sum();

    Runnable parse =
        () -> {
          for (byte[] message : messages) {
            if (parser.parse(message) instanceof ParseResult.Parsed parsed) {
              blackhole(ContentHash.of(parsed.story()).hashCode());
            }
          }
        };
    Runnable floor =
        () -> {
          var decoder =
              StandardCharsets.UTF_8
                  .newDecoder()
                  .onMalformedInput(CodingErrorAction.REPORT)
                  .onUnmappableCharacter(CodingErrorAction.REPORT);
          for (byte[] message : messages) {
            try {
              blackhole(decoder.decode(ByteBuffer.wrap(message)).length());
            } catch (CharacterCodingException e) {
              blackhole(-1);
            }
            blackhole(sha256.digest(message)[0]);
          }
        };
    double parsePasses = passesPerSecond(parse);
    double floorPasses = passesPerSecond(floor);
    return new Result(
        parsePasses * totalBytes, parsePasses * messages.size(), floorPasses * totalBytes);
  }

  private static double passesPerSecond(Runnable pass) {
    long warmUpEnd = System.nanoTime() + WARM_UP_NANOS;
    while (System.nanoTime() < warmUpEnd) {
      pass.run();
    }
    long start = System.nanoTime();
    long passes = 0;
    while (System.nanoTime() - start < MEASURE_NANOS) {
      pass.run();
      passes++;
    }
    return passes / ((System.nanoTime() - start) / 1e9);
  }

  private static volatile int sink;

  private static void blackhole(int value) {
    sink ^= value;
  }
}
