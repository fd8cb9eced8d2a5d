package io.wirefeed.bench;

import io.wirefeed.link.LinkSettings;
import io.wirefeed.link.MinHasher;
import io.wirefeed.link.Shingles;
import io.wirefeed.normalize.CanonicalText;
import io.wirefeed.parse.ParseLimits;
import io.wirefeed.parse.WireMessageParser;
import io.wirefeed.parse.format.ParseResult;
import io.wirefeed.story.ParsedStory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The MinHash signature of a 3 KB story on one core (target: 10 µs), beside what the content hash
 * already pays on the same text (canonicalization) in the same run; and the signatures of the bench
 * feed's own stories (every shape, each signed in turn), which is what the pipeline pays.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SignatureBenchmark {

  private static final int STORY_BYTES = 3 * 1024;
  private static final int FEED_STORIES = 1024;

  /**
   * {@code Shingles.words(ParsedStory)}, the words of a story's paragraphs, for the word scan
   * alone: package-private, since the scan is no API of the link package.
   */
  private static final MethodHandle WORDS = wordsOfStory();

  private ParsedStory story;
  private String text;
  private MinHasher hasher;
  private ParsedStory[] feedStories;
  private byte[][] feedMessages;
  private WireMessageParser parser;
  private int next;

  @Setup(Level.Trial)
  public void generate() {
    var generator = new FeedGenerator(15L, STORY_BYTES, 0.0);
    String telex = generator.story(FeedGenerator.Shape.ZCZC_TELEX);
    var parsed =
        new WireMessageParser(ParseLimits.DEFAULTS).parse(telex.getBytes(StandardCharsets.UTF_8));
    story = ((ParseResult.Parsed) parsed).story();
    text = Shingles.linkableText(story);
    hasher = new MinHasher(LinkSettings.DEFAULTS);
    if (text.length() < STORY_BYTES * 3 / 4) {
      throw new IllegalStateException("story text is only " + text.length() + " chars");
    }
    // The bench's feed as `bench` makes it (its default size), re-sends left out: those
    // the pipeline finds in RecentSignatures are not signed again.
    var feed = new FeedGenerator(42L, 3_000, 0.0);
    parser = new WireMessageParser(ParseLimits.DEFAULTS);
    feedStories = new ParsedStory[FEED_STORIES];
    feedMessages = new byte[FEED_STORIES][];
    for (int i = 0; i < FEED_STORIES; i++) {
      feedMessages[i] = feed.next().bytes();
      feedStories[i] = parsed(feedMessages[i]);
    }
  }

  /** Paragraphs joined, canonicalized, cut into shingles, hashed, binned and densified. */
  @Benchmark
  public Object signature() {
    return hasher.signature(story);
  }

  /** The bench feed's stories, one after another, as the parse step meets them. */
  @Benchmark
  public Object feedSignature() {
    ParsedStory feedStory = feedStories[next];
    next = (next + 1) % FEED_STORIES;
    return hasher.signature(feedStory);
  }

  /** The words of the bench feed's stories alone, one after another: the signature's first step. */
  @Benchmark
  public Object feedWords() throws Throwable {
    ParsedStory feedStory = feedStories[next];
    next = (next + 1) % FEED_STORIES;
    return (Object) WORDS.invokeExact(feedStory);
  }

  private static MethodHandle wordsOfStory() {
    try {
      Class<?> words = Class.forName(Shingles.class.getName() + "$Words");
      return MethodHandles.privateLookupIn(Shingles.class, MethodHandles.lookup())
          .findStatic(Shingles.class, "words", MethodType.methodType(words, ParsedStory.class))
          .asType(MethodType.methodType(Object.class, ParsedStory.class));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot reach Shingles.words(ParsedStory)", e);
    }
  }

  /**
   * As the parse step meets a story: parsed (which folds its body for the content hash), then
   * signed, its words read from the fold. Against {@link #feedParsedSignedFromCharacters}: the same
   * message is parsed twice in both, and there the first copy is signed, whose fold the second
   * replaced.
   */
  @Benchmark
  public void feedParsedSignedFromFold(Blackhole blackhole) {
    parseTwiceAndSign(blackhole, true);
  }

  /** The same work, the words read from the paragraphs' characters instead of from the fold. */
  @Benchmark
  public void feedParsedSignedFromCharacters(Blackhole blackhole) {
    parseTwiceAndSign(blackhole, false);
  }

  private void parseTwiceAndSign(Blackhole blackhole, boolean signTheLastFolded) {
    byte[] message = feedMessages[next];
    next = (next + 1) % FEED_STORIES;
    ParsedStory first = parsed(message);
    ParsedStory second = parsed(message);
    blackhole.consume(signTheLastFolded ? first : second);
    blackhole.consume(hasher.signature(signTheLastFolded ? second : first));
  }

  private ParsedStory parsed(byte[] message) {
    return ((ParseResult.Parsed) parser.parse(message)).story();
  }

  /** The floor the content hash already pays: canonicalizing the same text. */
  @Benchmark
  public Object canonicalizeOnly() {
    return CanonicalText.canonicalize(text);
  }
}
