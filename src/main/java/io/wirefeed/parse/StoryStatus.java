package io.wirefeed.parse;

/** What an agency says a message is. Names match the Avro {@code StoryStatus} enum. */
public enum StoryStatus {
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
