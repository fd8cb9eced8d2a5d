package io.wirefeed.story;

/** What an agency says a message is. Names match the Avro {@code ParsedStatus} enum. */
public enum ParsedStatus {
  STANDARD,
  URGENT,
  FLASH,
  UPDATE,
  CORRECTION,
  KILL,
  WITHDRAWAL,
  HOLD,
  EMBARGO,
  ADVISORY,
  REPEAT
}
