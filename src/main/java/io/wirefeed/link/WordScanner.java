package io.wirefeed.link;

import io.wirefeed.normalize.CanonicalText;
import io.wirefeed.parse.text.AsciiFolder;
import io.wirefeed.parse.text.FoldedBody;
import io.wirefeed.story.ParsedBlock;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
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
   * Paragraph characters and paragraphs up to which a thread keeps its buffers (about 330 KB) for
   * the next story: they were most of what a signature allocated (9 bytes per paragraph character),
   * and reusing them made the bench feed's signatures about 3% cheaper (docs/linking.md, sixth
   * round). Longer stories get buffers of their own, so what a thread keeps stays bounded.
   */
  static final int REUSED_UP_TO_CHARS = 1 << 16;

  private static final int REUSED_UP_TO_TEXTS = 1 << 10;

  private static final ThreadLocal<WordScanner> REUSED =
      ThreadLocal.withInitial(() -> new WordScanner(REUSED_UP_TO_CHARS, REUSED_UP_TO_TEXTS));

  /** Characters read at once, as the bytes of one long; at most half of them start a word. */
  private static final int CHUNK = 8;

  private static final VarHandle LITTLE_ENDIAN_LONG =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** Each byte lane of a long set to one, and its high bit alone, and its low seven bits. */
  private static final long LANES = 0x0101_0101_0101_0101L;

  private static final long HIGH_BITS = LANES << 7;
  private static final long LOW_BITS = ~HIGH_BITS;

  /** Characters read as one block of four chunks, one bit per character. */
  private static final int BLOCK = 4 * CHUNK;

  /** Multiplies one bit per lane (bit 0 of each byte) into the top byte, lane i to bit 56 + i. */
  private static final long GATHER = 0x0102_0408_1020_4080L;

  private final byte[] bytes;
  private final int[] starts;
  private final int[] ends;
  private int length;
  private int count;
  private int ended;

  /** 1 while the last character read was part of a word, else 0. */
  private int inWord;

  private WordScanner(int chars, int texts) {
    // Each character adds at most one byte, and a chunk is written whole from the last of them;
    // Shingles.Words wants its bytes padded past the last word (see there). At most one word per
    // two characters of a text, plus one per text, and a block writes eight slots whatever it has.
    bytes = new byte[chars + CHUNK + Shingles.Words.PADDING];
    starts = new int[chars / 2 + texts + CHUNK];
    ends = new int[starts.length];
  }

  /** The words of the paragraphs, in order; null if some character needs the full path. */
  static Shingles.Words scan(List<ParsedBlock> blocks) {
    AsciiFolder folded = FoldedBody.lastFolded(blocks);
    if (folded != null && folded.bytes().length >= folded.length() + Shingles.Words.PADDING) {
      return scanFolded(blocks, folded);
    }
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
        scanner.endWord(); // paragraphs are separate words
      }
    }
    return scanner.words();
  }

  /**
   * The words of the paragraphs from the body as its parser folded it for the content hash, on this
   * thread, just before ({@link FoldedBody}): its bytes are already canonical, lower-cased ASCII,
   * so the scan only finds where words start and end, in place, with no copy of the characters and
   * no character that needs another path. That is the usual case in the parse step, where a story
   * is signed right after it is parsed and hashed; it saved about 1.7 µs per story of the bench
   * feed (docs/linking.md, seventh session). The words are valid until the thread parses again.
   */
  private static Shingles.Words scanFolded(List<ParsedBlock> blocks, AsciiFolder folded) {
    byte[] bytes = folded.bytes();
    WordScanner scanner = scanner(folded.length(), blocks.size());
    for (int block = 0; block < blocks.size(); block++) {
      if (blocks.get(block).kind() == ParsedBlock.Kind.PARAGRAPH) {
        scanner.addFolded(bytes, folded.blockStart(block), folded.blockEnd(block));
      }
    }
    scanner.endWord();
    return new Shingles.Words(bytes, scanner.starts, scanner.ends, scanner.count);
  }

  /**
   * Finds the words of folded bytes from {@code from} to {@code to} (see {@link #scanFolded}), 32
   * at a time, then eight; the positions are those of the folded bytes themselves. Reads up to
   * seven bytes past {@code to}, whose lanes are masked off.
   */
  private void addFolded(byte[] folded, int from, int to) {
    endWord(); // blocks are separate words
    length = from;
    int i = from;
    for (; i + BLOCK <= to; i += BLOCK) {
      long wordBits =
          foldedWordBits(folded, i)
              | foldedWordBits(folded, i + CHUNK) << CHUNK
              | foldedWordBits(folded, i + 2 * CHUNK) << (2 * CHUNK)
              | foldedWordBits(folded, i + 3 * CHUNK) << (3 * CHUNK);
      addBits(wordBits, BLOCK, BLOCK);
    }
    for (; i < to; i += CHUNK) {
      int used = Math.min(CHUNK, to - i);
      addBits(foldedWordBits(folded, i) & ((1L << used) - 1), CHUNK, used);
    }
  }

  /** One bit per byte of the eight folded bytes at {@code at}: set for a letter or digit. */
  private static long foldedWordBits(byte[] folded, int at) {
    long chunk = (long) LITTLE_ENDIAN_LONG.get(folded, at);
    return gathered(lanesBetween(chunk, 'a', 'z') | lanesBetween(chunk, '0', '9'));
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
    scanner.ended = 0;
    scanner.inWord = 0;
    return scanner;
  }

  /**
   * Reads the text's characters onto the words, 32 at a time where they are ASCII (nearly always):
   * its Latin-1 bytes in one bulk copy, then one long per eight, whose letters and digits are
   * found, lowercased and cut into words by arithmetic on all eight lanes at once, with no branch
   * per character or word (see {@link #addBits}). A chunk of eight with a byte of U+0080 and up, or
   * a '?' (which may stand for a character above U+00FF, which the copy cannot hold), takes {@link
   * #addChars} instead, from the text's own characters. On the bench feed's stories this made the
   * word scan a fifth to a quarter cheaper than one character at a time, and the signature 7 to 8%
   * (JMH, docs/linking.md, seventh round).
   */
  private boolean add(String text) {
    byte[] latin1 = text.getBytes(StandardCharsets.ISO_8859_1);
    int n = latin1.length;
    if (n != text.length()) {
      return false; // a surrogate pair became one '?': a character that needs the full path
    }
    int i = 0;
    for (; i + BLOCK <= n; i += BLOCK) {
      long first = (long) LITTLE_ENDIAN_LONG.get(latin1, i);
      long second = (long) LITTLE_ENDIAN_LONG.get(latin1, i + CHUNK);
      long third = (long) LITTLE_ENDIAN_LONG.get(latin1, i + 2 * CHUNK);
      long fourth = (long) LITTLE_ENDIAN_LONG.get(latin1, i + 3 * CHUNK);
      if (((unusual(first) | unusual(second) | unusual(third) | unusual(fourth)) & HIGH_BITS)
          == 0) {
        addBlock(first, second, third, fourth);
      } else if (!addChunks(text, latin1, i, i + BLOCK)) {
        return false;
      }
    }
    int rest = (n - i) % CHUNK;
    if (!addChunks(text, latin1, i, n - rest)) {
      return false;
    }
    if (rest == 0) {
      return true;
    }
    if (n < CHUNK) {
      return addChars(text, 0, n);
    }
    // The last eight bytes, shifted down past those already read: zero lanes (not letters) above.
    long last = (long) LITTLE_ENDIAN_LONG.get(latin1, n - CHUNK) >>> ((CHUNK - rest) * 8);
    if ((unusual(last) & HIGH_BITS) != 0) {
      return addChars(text, n - rest, n);
    }
    addEight(last, rest);
    return true;
  }

  /** Reads whole chunks from {@code from} to {@code to}, each as eight lanes or as characters. */
  private boolean addChunks(String text, byte[] latin1, int from, int to) {
    for (int i = from; i < to; i += CHUNK) {
      long chunk = (long) LITTLE_ENDIAN_LONG.get(latin1, i);
      if ((unusual(chunk) & HIGH_BITS) == 0) {
        addEight(chunk, CHUNK);
      } else if (!addChars(text, i, i + CHUNK)) {
        return false;
      }
    }
    return true;
  }

  /** The high bit of each lane that is not ASCII, or is a '?' (others' high bits are junk). */
  private static long unusual(long chunk) {
    long questionMarks = chunk ^ (LANES * '?');
    // A lane's low seven bits plus 0x7F carry into its high bit unless they are zero, and into no
    // other lane; with the lane's own high bit, that leaves the high bit clear for a zero lane.
    return chunk | ~(((questionMarks & LOW_BITS) + LOW_BITS) | questionMarks);
  }

  /**
   * Adds 32 ASCII characters other than '?', given as four chunks of eight lanes (see {@link
   * #addBits}).
   */
  private void addBlock(long first, long second, long third, long fourth) {
    long wordBits =
        putLowercase(first, 0)
            | putLowercase(second, CHUNK)
            | putLowercase(third, 2 * CHUNK)
            | putLowercase(fourth, 3 * CHUNK);
    addBits(wordBits, BLOCK, BLOCK);
  }

  /**
   * Adds eight ASCII characters other than '?', given as the lanes of a long, of which the first
   * {@code used} count (the lanes above them zero).
   */
  private void addEight(long chunk, int used) {
    addBits(putLowercase(chunk, 0), CHUNK, used);
  }

  /**
   * Writes the chunk lowercased {@code offset} bytes after the words' end (bytes between words are
   * never read), and returns its word lanes as eight bits from bit {@code offset}.
   */
  private long putLowercase(long chunk, int offset) {
    long letters = lanesBetween(chunk | (LANES * 0x20), 'a', 'z'); // with the case bit: a..z
    long wordLanes = letters | lanesBetween(chunk, '0', '9');
    LITTLE_ENDIAN_LONG.set(bytes, length + offset, chunk | (letters >>> 2)); // 0x80 >>> 2: case
    return gathered(wordLanes) << offset;
  }

  /**
   * The lanes' high bits as eight bits, lane i to bit i, gathered by one multiply: each lane's bit
   * lands in its own bit of the top byte, and no two partial products meet.
   */
  private static long gathered(long lanes) {
    return ((lanes >>> 7) * GATHER) >>> 56;
  }

  /**
   * The high bit of each lane whose byte is from {@code low} to {@code high}, for ASCII lanes: with
   * its high bit forced on, a lane cannot borrow from the next, and keeps that bit if and only if
   * it was at least the value subtracted.
   */
  private static long lanesBetween(long lanes, int low, int high) {
    long forced = lanes | HIGH_BITS;
    return (forced - LANES * low) & ~(forced - LANES * (high + 1)) & HIGH_BITS;
  }

  /**
   * Adds where words start and end among {@code width} characters, given one bit per character (set
   * for a letter or digit), of which the first {@code used} count. A word starts at a set bit after
   * a clear one (or the character before, if not in a word), and ends at a clear bit after a set
   * one. A branch per word was mispredicted about once per word on news text, which cost more than
   * the rest of the scan, so the positions are written eight slots at a time whatever there are (32
   * characters of news text hold five or six words; more than eight is rare enough for its branch
   * to be predicted), and the counts move by as many as there are.
   */
  private void addBits(long wordBits, int width, int used) {
    long after = (wordBits << 1) | inWord;
    count += putBits(starts, count, length, wordBits & ~after);
    ended += putBits(ends, ended, length, after & ~wordBits & ((1L << width) - 1));
    inWord = (int) (wordBits >>> (width - 1)) & 1;
    length += used;
  }

  /**
   * Writes the positions of the marked bits, from {@code at}, into slots from {@code slot}: always
   * eight (those past the marks get junk, overwritten later or never read), the rest one by one.
   * Returns how many are marked.
   */
  private static int putBits(int[] positions, int slot, int at, long marks) {
    long rest = marks;
    for (int k = 0; k < 8; k++) {
      positions[slot + k] = at + Long.numberOfTrailingZeros(rest);
      rest &= rest - 1;
    }
    int marked = Long.bitCount(marks);
    for (int k = 8; k < marked; k++) {
      positions[slot + k] = at + Long.numberOfTrailingZeros(rest);
      rest &= rest - 1;
    }
    return marked;
  }

  /**
   * Reads the text's characters from {@code from} to {@code to} one at a time. An ASCII character
   * takes no branch, for the reason given at {@link #addBits}: each writes its byte, a start and an
   * end, and the counts move by 0 or 1.
   */
  private boolean addChars(String text, int from, int to) {
    byte[] bytes = this.bytes;
    int length = this.length;
    int count = this.count;
    int ended = this.ended;
    int inWord = this.inWord;
    boolean known = true;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < 128) {
        int entry = ASCII[c];
        int letter = entry >>> 8;
        bytes[length] = (byte) entry;
        starts[count] = length;
        ends[ended] = length;
        count += letter & ~inWord;
        ended += inWord & ~letter;
        length++;
        inWord = letter;
      } else {
        byte kind = kind(c);
        if (kind == SEPARATOR) {
          bytes[length] = ' ';
          ends[ended] = length;
          ended += inWord;
          length++;
          inWord = 0;
        } else if (kind != DROPPED) {
          known = false;
          break;
        }
      }
    }
    this.length = length;
    this.count = count;
    this.ended = ended;
    this.inWord = inWord;
    return known;
  }

  /** Ends the word being read, as a separator would. */
  private void endWord() {
    ends[ended] = length;
    ended += inWord;
    inWord = 0;
  }

  /** The words read. */
  private Shingles.Words words() {
    endWord();
    return new Shingles.Words(bytes, starts, ends, count);
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
