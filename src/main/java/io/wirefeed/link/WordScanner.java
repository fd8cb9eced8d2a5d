package io.wirefeed.link;

import io.wirefeed.normalize.CanonicalText;
import io.wirefeed.story.ParsedBlock;
import java.util.List;

/**
 * The words of a story's paragraphs in one pass over their characters, without joining them or
 * building their canonical text, for the common case where every character is ASCII or one that
 * canonicalization drops or turns into ASCII punctuation or space (curly quotes, dashes, no-break
 * spaces, soft hyphens). Gives up (null) at the first other character, and the caller takes the
 * full path through {@link CanonicalText}; so the words are always those of the canonical text.
 *
 * <p>What canonicalization makes of a character outside ASCII is not written down here but asked of
 * {@link CanonicalText} itself, once per character, the first time it is met: {@code "a" + c + "b"}
 * canonicalized to {@code "ab"} means the character is dropped (it joins the letters around it), to
 * {@code "a" + ASCII punctuation or space + "b"} that it separates words; anything else (letters,
 * marks, symbols NFKC turns into letters) takes the full path.
 */
final class WordScanner {

  /** Characters from here on always take the full path; below, Latin-1 and general punctuation. */
  private static final int KNOWN_BELOW = 0x2100;

  private static final byte UNKNOWN = 0;
  private static final byte DROPPED = 1;
  private static final byte SEPARATOR = 2;
  private static final byte OTHER = 3;

  /** What canonicalization does with each character below KNOWN_BELOW; filled as they are met. */
  private static final byte[] KINDS = new byte[KNOWN_BELOW];

  /**
   * Per ASCII character, the byte it adds to the words: a letter or digit, lowercased, with {@link
   * #LETTER} set above it; anything else a space, which separates words.
   */
  private static final int[] ASCII = new int[128];

  private static final int LETTER = 1 << 8;

  static {
    for (char c = 0; c < 128; c++) {
      boolean letter = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      boolean upper = c >= 'A' && c <= 'Z';
      ASCII[c] = letter ? LETTER | c : upper ? LETTER | (c + ('a' - 'A')) : ' ';
    }
  }

  /**
   * Paragraph characters and paragraphs up to which a thread keeps its buffers (about 200 KB) for
   * the next story: they were most of what a signature allocated (3 bytes per paragraph character),
   * and reusing them made the bench feed's signatures about 3% cheaper (docs/linking.md, sixth
   * round). Longer stories get buffers of their own, so what a thread keeps stays bounded.
   */
  static final int REUSED_UP_TO_CHARS = 1 << 16;

  private static final int REUSED_UP_TO_TEXTS = 1 << 10;

  private static final ThreadLocal<WordScanner> REUSED =
      ThreadLocal.withInitial(() -> new WordScanner(REUSED_UP_TO_CHARS, REUSED_UP_TO_TEXTS));

  private final byte[] bytes;
  private final int[] starts;
  private int length;
  private int count;

  /** 1 while the last character read was part of a word, else 0. */
  private int inWord;

  private WordScanner(int chars, int texts) {
    // Each character adds at most one byte (a letter, or the space that ends a word), and each
    // text's end at most one more; at most one word per two characters of a text, plus one per
    // text. Shingles.Words wants its bytes padded (see there).
    bytes = new byte[chars + texts + Shingles.Words.PADDING];
    starts = new int[chars / 2 + texts + 1];
  }

  /** The words of the paragraphs, in order; null if some character needs the full path. */
  static Shingles.Words scan(List<ParsedBlock> blocks) {
    int chars = 0;
    int texts = 0;
    for (ParsedBlock block : blocks) {
      if (block.kind() == ParsedBlock.Kind.PARAGRAPH) {
        chars += block.text().length();
        texts++;
      }
    }
    WordScanner scanner = scanner(chars, texts);
    for (ParsedBlock block : blocks) {
      if (block.kind() == ParsedBlock.Kind.PARAGRAPH) {
        if (!scanner.add(block.text())) {
          return null;
        }
        scanner.endWord(); // paragraphs are joined by a space
      }
    }
    return scanner.words();
  }

  /** The words of the text; null if some character needs the full path. */
  static Shingles.Words scan(String text) {
    WordScanner scanner = scanner(text.length(), 1);
    return scanner.add(text) ? scanner.words() : null;
  }

  /**
   * An empty scanner with room for the texts: the thread's own when they fit, so the words it gives
   * are valid until the thread scans again.
   */
  private static WordScanner scanner(int chars, int texts) {
    if (chars > REUSED_UP_TO_CHARS || texts > REUSED_UP_TO_TEXTS) {
      return new WordScanner(chars, texts);
    }
    WordScanner scanner = REUSED.get();
    scanner.length = 0;
    scanner.count = 0;
    scanner.inWord = 0;
    return scanner;
  }

  /**
   * Reads the text's characters onto the words. An ASCII character takes no branch: where a word
   * ends and the next begins depends on the text, and on news text (words of every length) a branch
   * there was mispredicted about once per word, which cost more than the rest of the scan. So every
   * character writes its byte and a word's start, and the lengths move by 0 or 1: a letter moves
   * the bytes on, as does the first separator after a word (its byte is the space between words),
   * and a letter after a separator moves the starts on.
   */
  private boolean add(String text) {
    // The state lives in locals while a text is read and goes back to the fields once: the loop
    // then keeps it in registers instead of loading and storing fields per character.
    byte[] bytes = this.bytes;
    int[] starts = this.starts;
    int length = this.length;
    int count = this.count;
    int inWord = this.inWord;
    boolean known = true;
    int textLength = text.length();
    for (int i = 0; i < textLength; i++) {
      char c = text.charAt(i);
      if (c < 128) {
        int entry = ASCII[c];
        int letter = entry >>> 8;
        bytes[length] = (byte) entry;
        starts[count] = length;
        count += letter & ~inWord;
        length += letter | inWord;
        inWord = letter;
      } else {
        byte kind = kind(c);
        if (kind == SEPARATOR) {
          bytes[length] = ' ';
          length += inWord;
          inWord = 0;
        } else if (kind != DROPPED) {
          known = false;
          break;
        }
      }
    }
    this.length = length;
    this.count = count;
    this.inWord = inWord;
    return known;
  }

  /** Ends the word being read, as a separator would. */
  private void endWord() {
    bytes[length] = ' ';
    length += inWord;
    inWord = 0;
  }

  /** The words read, without the space that ended the last one. */
  private Shingles.Words words() {
    endWord();
    return new Shingles.Words(bytes, starts, count, count == 0 ? 0 : length - 1);
  }

  private static byte kind(char c) {
    if (c >= KNOWN_BELOW) {
      return OTHER;
    }
    byte kind = KINDS[c];
    if (kind == UNKNOWN) {
      kind = classify(c);
      KINDS[c] = kind; // a race only computes the same value twice
    }
    return kind;
  }

  static byte classify(char c) {
    if (Character.isSurrogate(c)) {
      return OTHER;
    }
    String canonical = CanonicalText.canonicalize("a" + c + "b");
    if (canonical.equals("ab")) {
      return DROPPED;
    }
    int last = canonical.length() - 1;
    if (last < 2 || canonical.charAt(0) != 'a' || canonical.charAt(last) != 'b') {
      return OTHER;
    }
    for (int i = 1; i < last; i++) {
      char between = canonical.charAt(i);
      if (between >= 128 || Character.isLetterOrDigit(between)) {
        return OTHER;
      }
    }
    return SEPARATOR;
  }
}
