package io.wirefeed.normalize;

import io.wirefeed.parse.text.AsciiFolder;
import io.wirefeed.parse.text.FoldedBody;
import io.wirefeed.story.ParsedStory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A story's identity for deduplication: SHA-256 of its {@link CanonicalText}. Thread-safe. */
public final class ContentHash {

  // MessageDigest is not thread-safe and getInstance looks up providers on every call.
  private static final ThreadLocal<MessageDigest> SHA_256 =
      ThreadLocal.withInitial(ContentHash::newSha256);

  private static final ThreadLocal<AsciiFolder> FOLDER = ThreadLocal.withInitial(AsciiFolder::new);

  private ContentHash() {}

  /** Lowercase hex SHA-256 (64 characters) of the story's canonical text in UTF-8. */
  public static String of(ParsedStory story) {
    AsciiFolder folder = FOLDER.get();
    AsciiFolder body = FoldedBody.lastFolded(story.body());
    if (body != null) {
      folder.reset();
      if (story.headline() == null || folder.append(story.headline())) {
        return hexOf(headlineAndBody(folder, body, !story.body().isEmpty()));
      }
    }
    if (!folder.fold(story)) {
      return ofCanonicalText(CanonicalText.ofFullPath(story));
    }
    // The canonical text is ASCII, so its bytes are its UTF-8: hash them without a String.
    MessageDigest digest = SHA_256.get();
    digest.reset();
    digest.update(folder.bytes(), 0, folder.length());
    return hexOf(digest);
  }

  /**
   * The digest of the folded headline and the body its parser folded already, joined as {@link
   * AsciiFolder#fold} joins them: a space between unless the headline ends with one, and no space
   * at the very end.
   */
  private static MessageDigest headlineAndBody(
      AsciiFolder headline, AsciiFolder body, boolean hasBlocks) {
    byte[] head = headline.bytes();
    int headLength = headline.length();
    byte[] rest = body.bytes();
    int restLength = body.length();
    boolean space = hasBlocks && headLength > 0 && head[headLength - 1] != ' ';
    if (restLength > 0) {
      restLength -= rest[restLength - 1] == ' ' ? 1 : 0;
    } else if (space) {
      space = false;
    } else if (headLength > 0 && head[headLength - 1] == ' ') {
      headLength--;
    }
    MessageDigest digest = SHA_256.get();
    digest.reset();
    digest.update(head, 0, headLength);
    if (space) {
      digest.update((byte) ' ');
    }
    digest.update(rest, 0, restLength);
    return digest;
  }

  private static String hexOf(MessageDigest digest) {
    return HexFormat.of().formatHex(digest.digest());
  }

  static String ofCanonicalText(String canonicalText) {
    MessageDigest digest = SHA_256.get();
    digest.reset();
    return HexFormat.of().formatHex(digest.digest(canonicalText.getBytes(StandardCharsets.UTF_8)));
  }

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must support SHA-256", e);
    }
  }
}
