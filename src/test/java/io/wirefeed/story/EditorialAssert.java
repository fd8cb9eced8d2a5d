package io.wirefeed.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.function.Function;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a story's editorial fields, each failure naming the field. A {@code null} expected
 * value asserts that the story has none.
 */
public final class EditorialAssert extends AbstractAssert<EditorialAssert, Editorial> {

  private EditorialAssert(Editorial actual) {
    super(actual, EditorialAssert.class);
  }

  public static EditorialAssert assertThatEditorial(Editorial editorial) {
    return new EditorialAssert(editorial);
  }

  public EditorialAssert hasStatus(ParsedStatus expected) {
    return field("status", Editorial::status, expected);
  }

  public EditorialAssert hasStoryKey(String expected) {
    return field("storyKey", Editorial::storyKey, expected);
  }

  public EditorialAssert hasItemId(String expected) {
    return field("itemId", Editorial::itemId, expected);
  }

  public EditorialAssert hasVersion(String expected) {
    return field("version", Editorial::version, expected);
  }

  public EditorialAssert hasPriority(Integer expected) {
    return field("priority", Editorial::priority, expected);
  }

  public EditorialAssert hasCategory(String expected) {
    return field("category", Editorial::category, expected);
  }

  public EditorialAssert hasService(String expected) {
    return field("service", Editorial::service, expected);
  }

  public EditorialAssert hasStoryNumber(String expected) {
    return field("storyNumber", Editorial::storyNumber, expected);
  }

  public EditorialAssert hasDeclaredWordCount(Integer expected) {
    return field("declaredWordCount", Editorial::declaredWordCount, expected);
  }

  /** The transmission time, given as an ISO-8601 instant such as {@code 2025-03-14T17:32:00Z}. */
  public EditorialAssert wasTransmittedAt(String expected) {
    return field("transmittedAt", Editorial::transmittedAt, Instant.parse(expected));
  }

  /** The embargo's end, given as an ISO-8601 instant such as {@code 2025-03-11T00:01:00Z}. */
  public EditorialAssert isEmbargoedUntil(String expected) {
    return field("embargoUntil", Editorial::embargoUntil, Instant.parse(expected));
  }

  public EditorialAssert hasLanguage(String expected) {
    return field("language", Editorial::language, expected);
  }

  public EditorialAssert hasKicker(String expected) {
    return field("kicker", Editorial::kicker, expected);
  }

  /** The keywords are exactly these, in this order. */
  public EditorialAssert hasKeywords(String... expected) {
    isNotNull();
    assertThat(actual.keywords()).as("keywords").containsExactly(expected);
    return this;
  }

  /** The subject codes are exactly these, in this order. */
  public EditorialAssert hasSubjects(String... expected) {
    isNotNull();
    assertThat(actual.subjects()).as("subjects").containsExactly(expected);
    return this;
  }

  /** The notes are exactly these, in this order. */
  public EditorialAssert hasNotes(ParsedNote... expected) {
    isNotNull();
    assertThat(actual.notes()).as("notes").containsExactly(expected);
    return this;
  }

  /** The notes are exactly of these kinds, in this order, whatever their texts. */
  public EditorialAssert hasNoteKinds(ParsedNote.Kind... expected) {
    isNotNull();
    assertThat(actual.notes()).as("notes").extracting(ParsedNote::kind).containsExactly(expected);
    return this;
  }

  private EditorialAssert field(String name, Function<Editorial, ?> value, Object expected) {
    isNotNull();
    assertThat(value.apply(actual)).as(name).isEqualTo(expected);
    return this;
  }
}
