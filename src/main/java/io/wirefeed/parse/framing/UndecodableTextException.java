package io.wirefeed.parse.framing;

/** Thrown when a message's bytes are neither valid UTF-8 nor valid windows-1252. */
public final class UndecodableTextException extends Exception {

  public UndecodableTextException(String reason) {
    super(reason);
  }
}
