package io.wirefeed.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.bench.FeedGenerator;
import io.wirefeed.parse.ParseLimits;
import io.wirefeed.parse.WireMessageParser;
import io.wirefeed.parse.format.ParseResult;
import io.wirefeed.story.ParsedBlock;
import io.wirefeed.story.ParsedFormat;
import io.wirefeed.story.ParsedStory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Signatures are stored in users' band state and compared with those of stories signed later, so a
 * faster way of computing them must give the same values. The digests below were computed with the
 * signing code as it was before the word scan and the word hash were rewritten for speed (commit
 * 4d4898e), over the same generated texts: the bench feed's stories in all six formats (re-sends
 * with their re-wrapped lines, straight quotes and windows-1252 included) and random texts and
 * paragraphs of ASCII, typography, invisible characters and letters outside ASCII (the full path).
 */
class SignatureStabilityTest {

  private static final MinHasher HASHER = new MinHasher(LinkSettings.DEFAULTS);

  private static final long FEED_DIGEST = 0x6d5756ce825655a8L;
  private static final long RANDOM_TEXTS_DIGEST = 0x6650b1313be35e5dL;
  private static final long RANDOM_STORIES_DIGEST = 0x3a2ad4672fd57430L;

  @Test
  void theBenchFeedsStoriesAreSignedAsBefore() {
    assertThat(Long.toHexString(feedDigest())).isEqualTo(Long.toHexString(FEED_DIGEST));
  }

  @Test
  void randomTextsAreSignedAsBefore() {
    assertThat(Long.toHexString(randomTextsDigest()))
        .isEqualTo(Long.toHexString(RANDOM_TEXTS_DIGEST));
  }

  @Test
  void randomParagraphsAreSignedAsBefore() {
    assertThat(Long.toHexString(randomStoriesDigest()))
        .isEqualTo(Long.toHexString(RANDOM_STORIES_DIGEST));
  }

  static long feedDigest() {
    WireMessageParser parser = new WireMessageParser(ParseLimits.DEFAULTS);
    FeedGenerator feed = new FeedGenerator(15L, 3_000, 0.3);
    long digest = 0;
    int signed = 0;
    for (int i = 0; i < 3_000; i++) {
      if (parser.parse(feed.next().bytes()) instanceof ParseResult.Parsed parsed) {
        Optional<Signature> signature = HASHER.signature(parsed.story());
        digest = mix(digest, signature);
        signed += signature.isPresent() ? 1 : 0;
      }
    }
    assertThat(signed).as("stories signed").isGreaterThan(2_900);
    return digest;
  }

  static long randomTextsDigest() {
    Random random = new Random(4_015);
    long digest = 0;
    for (int i = 0; i < 3_000; i++) {
      digest = mix(digest, HASHER.signature(randomText(random, 30 + random.nextInt(400))));
    }
    return digest;
  }

  static long randomStoriesDigest() {
    Random random = new Random(5_015);
    long digest = 0;
    for (int i = 0; i < 3_000; i++) {
      List<ParsedBlock> body = new ArrayList<>();
      int blocks = 1 + random.nextInt(12);
      for (int b = 0; b < blocks; b++) {
        ParsedBlock.Kind kind =
            random.nextInt(5) == 0 ? ParsedBlock.Kind.SUBHEAD : ParsedBlock.Kind.PARAGRAPH;
        body.add(new ParsedBlock(kind, randomText(random, random.nextInt(60))));
      }
      ParsedStory story = ParsedStory.builder(ParsedFormat.PLAIN_TEXT).body(body).build();
      digest = mix(digest, HASHER.signature(story));
    }
    return digest;
  }

  /** Words of 1 to 16 characters between separators; now and then a character off ASCII. */
  private static String randomText(Random random, int words) {
    StringBuilder text = new StringBuilder();
    for (int w = 0; w < words; w++) {
      text.append(SEPARATORS.charAt(random.nextInt(SEPARATORS.length())));
      int length = 1 + random.nextInt(random.nextInt(4) == 0 ? 16 : 8);
      for (int c = 0; c < length; c++) {
        int pick = random.nextInt(1_000);
        text.append(
            pick < 3
                ? OFF_ASCII.charAt(random.nextInt(OFF_ASCII.length()))
                : LETTERS.charAt(random.nextInt(LETTERS.length())));
      }
    }
    return text.toString();
  }

  private static final String LETTERS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789eeeaaoo";
  private static final String SEPARATORS = "       \n\t.,;:'\"-()/  \u00A0\u2019\u201C\u201D\u2014";
  private static final String OFF_ASCII = "\u00AD\u2019\u2060\u00E9\u00FC\u212A\u0301\u00BD";

  /** Folds every minimum and the shingle count (or that there is no signature) into the digest. */
  private static long mix(long digest, Optional<Signature> signature) {
    if (signature.isEmpty()) {
      return mix(digest, -1L);
    }
    for (int i = 0; i < signature.get().size(); i++) {
      digest = mix(digest, signature.get().minimum(i));
    }
    return mix(digest, signature.get().shingles());
  }

  private static long mix(long digest, long value) {
    return (digest ^ value) * 0x9E37_79B9_7F4A_7C15L + 0x632B_E59B_D9B4_E019L;
  }
}
