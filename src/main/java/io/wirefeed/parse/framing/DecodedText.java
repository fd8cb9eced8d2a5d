package io.wirefeed.parse.framing;

import java.util.Objects;

/**
 * A message's text and the charset it was decoded from.
 *
 * @param charset {@code UTF-8} or {@code windows-1252}
 */
public record DecodedText(String text, String charset) {
  public DecodedText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(charset, "charset");
  }
}
