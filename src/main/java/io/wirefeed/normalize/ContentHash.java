package io.wirefeed.normalize;

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
    if (!folder.fold(story)) {
      return ofCanonicalText(CanonicalText.ofFullPath(story));
    }
    // The canonical text is ASCII, so its bytes are its UTF-8: hash them without a String.
    MessageDigest digest = SHA_256.get();
    digest.reset();
    digest.update(folder.bytes(), 0, folder.length());
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
