package io.wirefeed.bench;

import io.wirefeed.normalize.ContentHash;
import io.wirefeed.parse.ParseLimits;
import io.wirefeed.parse.WireMessageParser;
import io.wirefeed.parse.format.ParseResult;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Frame + decode + parse + canonicalize + hash per wire format, on one core, against the floor on
 * the same bytes: strict UTF-8 decoding plus SHA-256 of the raw message. Each invocation handles
 * {@value #BATCH} messages, so the primary score is messages per second; the {@code bytes} counter
 * gives bytes per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ParseBenchmark {

  static final int BATCH = 500;

  /** Which wire format the batch holds: a {@link FeedGenerator.Shape}. */
  @Param({"ZCZC_TELEX", "PLAIN_TEXT", "ANPA_1312", "IPTC_7901", "NITF", "NEWSML_G2"})
  public String shape;

  private List<byte[]> messages;
  private WireMessageParser parser;
  private MessageDigest sha256;
  private CharsetDecoder utf8;

  /** Bytes handled, reported by JMH per second beside the primary score. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Bytes {
    public long bytes;
  }

  @Setup(Level.Trial)
  public void generate() throws NoSuchAlgorithmException {
    FeedGenerator feed = new FeedGenerator(42, 3_000, 0.0);
    FeedGenerator.Shape format = FeedGenerator.Shape.valueOf(shape);
    messages = new ArrayList<>(BATCH);
    while (messages.size() < BATCH) {
      messages.add(feed.story(format).getBytes(StandardCharsets.UTF_8));
    }
    parser = new WireMessageParser(ParseLimits.DEFAULTS);
    sha256 = MessageDigest.getInstance("SHA-256");
    utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void parseAndHash(Bytes counter, Blackhole blackhole) {
    for (byte[] message : messages) {
      ParseResult result = parser.parse(message);
      if (result instanceof ParseResult.Parsed parsed) {
        blackhole.consume(ContentHash.of(parsed.story()));
      }
      counter.bytes += message.length;
    }
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void floorDecodeAndSha256(Bytes counter, Blackhole blackhole)
      throws CharacterCodingException {
    for (byte[] message : messages) {
      blackhole.consume(utf8.decode(ByteBuffer.wrap(message)));
      blackhole.consume(sha256.digest(message));
      counter.bytes += message.length;
    }
  }
}
