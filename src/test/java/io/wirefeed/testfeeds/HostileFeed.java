package io.wirefeed.testfeeds;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Broken and hostile messages, the kinds a feed or a fuzzer produces: malformed telex, truncated
 * and bit-flipped copies of good messages, oversized and overlong ones, invalid byte sequences in
 * otherwise readable text, and random bytes. Seeded.
 */
public final class HostileFeed {

  private final Random random;
  private final List<byte[]> good;
  private final int maxBytes;
  private final int maxLines;

  public HostileFeed(long seed, List<byte[]> good, int maxBytes, int maxLines) {
    this.random = new Random(seed);
    this.good = good;
    this.maxBytes = maxBytes;
    this.maxLines = maxLines;
  }

  /** {@code count} hostile messages interleaved at random among the good ones. */
  public List<byte[]> interleaved(int count) {
    return insertedAtRandom(good, count, this::next, random);
  }

  /**
   * {@code base} with {@code count} items of {@code extra} each inserted at a place drawn from
   * {@code random} (the place drawn before the item is taken).
   */
  public static <T> List<T> insertedAtRandom(
      List<T> base, int count, Supplier<T> extra, Random random) {
    List<T> feed = new ArrayList<>(base);
    for (int i = 0; i < count; i++) {
      feed.add(random.nextInt(feed.size() + 1), extra.get());
    }
    return feed;
  }

  public byte[] next() {
    return switch (random.nextInt(9)) {
      case 0 -> utf8("ZCZC\nBSS-" + random.nextInt(99) + "\nSLUG\nHeadline only\n\nNNNN\n");
      case 1 -> Arrays.copyOf(anyGood(), 1 + random.nextInt(40));
      case 2 -> flipped(anyGood());
      case 3 -> random.nextBoolean() ? oversized() : overlong();
      case 4 -> flipped(anyGood());
      case 5 -> withInvalidBytes(anyGood());
      case 6 -> randomBytes();
      case 7 -> utf8(random.nextBoolean() ? "" : " \r\n\t\u00a0\n ");
      default -> withNul(anyGood());
    };
  }

  private byte[] anyGood() {
    return good.get(random.nextInt(good.size()));
  }

  private byte[] flipped(byte[] message) {
    byte[] copy = message.clone();
    for (int i = 0; i < 1 + random.nextInt(8); i++) {
      copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
    }
    return copy;
  }

  private byte[] oversized() {
    byte[] text = new byte[maxBytes + 1 + random.nextInt(maxBytes)];
    Arrays.fill(text, (byte) 'A');
    return text;
  }

  private byte[] overlong() {
    return utf8("ZCZC\n" + "x\n".repeat(maxLines + 1 + random.nextInt(100)) + "NNNN\n");
  }

  /** Readable text with bytes that are neither UTF-8 nor windows-1252 (0x81, 0x8D, 0x8F ...). */
  private byte[] withInvalidBytes(byte[] message) {
    byte[] copy = message.clone();
    copy[random.nextInt(copy.length)] = (byte) 0x81;
    return copy;
  }

  private byte[] withNul(byte[] message) {
    byte[] copy = message.clone();
    copy[random.nextInt(copy.length)] = 0;
    return copy;
  }

  private byte[] randomBytes() {
    byte[] bytes = new byte[1 + random.nextInt(2_000)];
    random.nextBytes(bytes);
    return bytes;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
