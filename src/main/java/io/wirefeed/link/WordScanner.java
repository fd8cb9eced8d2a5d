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

  private final byte[] bytes;
  private final int[] starts;
  private int length;
  private int count;
  private boolean inWord;

  private WordScanner(int chars, int texts) {
    // A letter is one byte, and a space before a word stands for at least one character that
    // separated it from the one before, or for the start of a text; at most one word per two
    // characters of a text, plus one per text.
    bytes = new byte[chars + texts];
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
    WordScanner scanner = new WordScanner(chars, texts);
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
    WordScanner scanner = new WordScanner(text.length(), 1);
    return scanner.add(text) ? scanner.words() : null;
  }

  private boolean add(String text) {
    // The state lives in locals while a text is read and goes back to the fields once: the loop
    // then keeps it in registers instead of loading and storing fields per character.
    byte[] bytes = this.bytes;
    int[] starts = this.starts;
    int length = this.length;
    int count = this.count;
    boolean inWord = this.inWord;
    boolean known = true;
    int textLength = text.length();
    for (int i = 0; i < textLength; i++) {
      char c = text.charAt(i);
      int letter;
      if (c < 128) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
          letter = c;
        } else if (c >= 'A' && c <= 'Z') {
          letter = c + ('a' - 'A');
        } else {
          inWord = false;
          continue;
        }
      } else {
        byte kind = kind(c);
        if (kind == SEPARATOR) {
          inWord = false;
        } else if (kind != DROPPED) {
          known = false;
          break;
        }
        continue;
      }
      if (!inWord) {
        if (count > 0) {
          bytes[length++] = ' ';
        }
        starts[count++] = length;
        inWord = true;
      }
      bytes[length++] = (byte) letter;
    }
    this.length = length;
    this.count = count;
    this.inWord = inWord;
    return known;
  }

  private void endWord() {
    inWord = false;
  }

  private Shingles.Words words() {
    return new Shingles.Words(bytes, starts, count, length);
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
