package io.wirefeed.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the fields of a parsed story and its editorial, each failure naming the field. A
 * {@code null} expected value asserts that the story has none.
 */
public final class StoryAssert extends AbstractAssert<StoryAssert, ParsedStory> {

  private StoryAssert(ParsedStory actual) {
    super(actual, StoryAssert.class);
  }

  public static StoryAssert assertThatStory(ParsedStory story) {
    return new StoryAssert(story);
  }

  public StoryAssert hasFormat(ParsedFormat expected) {
    return field("format", ParsedStory::format, expected);
  }

  public StoryAssert hasAgency(String expected) {
    return field("agency", ParsedStory::agency, expected);
  }

  public StoryAssert hasSource(String expected) {
    return field("source", ParsedStory::source, expected);
  }

  public StoryAssert hasStoryCode(String expected) {
    return field("storyCode", ParsedStory::storyCode, expected);
  }

  public StoryAssert hasSlug(String expected) {
    return field("slug", ParsedStory::slug, expected);
  }

  public StoryAssert hasHeadline(String expected) {
    return field("headline", ParsedStory::headline, expected);
  }

  public StoryAssert hasByline(String expected) {
    return field("byline", ParsedStory::byline, expected);
  }

  public StoryAssert hasSignOff(String expected) {
    return field("signOff", ParsedStory::signOff, expected);
  }

  public StoryAssert hasCharset(String expected) {
    return field("charset", ParsedStory::charset, expected);
  }

  public StoryAssert hasWordCount(int expected) {
    return field("wordCount", ParsedStory::wordCount, expected);
  }

  public StoryAssert hasDateline(ParsedDateline expected) {
    return field("dateline", ParsedStory::dateline, expected);
  }

  public StoryAssert hasDateline(String place, LocalDate date, String text) {
    return hasDateline(new ParsedDateline(place, date, text));
  }

  public StoryAssert hasDatelinePlace(String expected) {
    return field("dateline.place", story -> datelineOf(story).place(), expected);
  }

  public StoryAssert hasDatelineDate(LocalDate expected) {
    return field("dateline.date", story -> datelineOf(story).date(), expected);
  }

  public StoryAssert hasDatelineText(String expected) {
    return field("dateline.text", story -> datelineOf(story).text(), expected);
  }

  /** The body is exactly these blocks, kinds and texts, in this order. */
  public StoryAssert hasBody(ParsedBlock... expected) {
    isNotNull();
    assertThat(actual.body()).as("body").containsExactly(expected);
    return this;
  }

  /** The body's block texts are exactly these, in this order, whatever their kinds. */
  public StoryAssert hasBodyTexts(String... expected) {
    isNotNull();
    assertThat(actual.body()).as("body").extracting(ParsedBlock::text).containsExactly(expected);
    return this;
  }

  public StoryAssert hasStatus(ParsedStatus expected) {
    return editorialField("status", Editorial::status, expected);
  }

  public StoryAssert hasStoryKey(String expected) {
    return editorialField("storyKey", Editorial::storyKey, expected);
  }

  public StoryAssert hasItemId(String expected) {
    return editorialField("itemId", Editorial::itemId, expected);
  }

  public StoryAssert hasVersion(String expected) {
    return editorialField("version", Editorial::version, expected);
  }

  public StoryAssert hasPriority(Integer expected) {
    return editorialField("priority", Editorial::priority, expected);
  }

  public StoryAssert hasCategory(String expected) {
    return editorialField("category", Editorial::category, expected);
  }

  public StoryAssert hasService(String expected) {
    return editorialField("service", Editorial::service, expected);
  }

  public StoryAssert hasStoryNumber(String expected) {
    return editorialField("storyNumber", Editorial::storyNumber, expected);
  }

  public StoryAssert hasDeclaredWordCount(Integer expected) {
    return editorialField("declaredWordCount", Editorial::declaredWordCount, expected);
  }

  /** The transmission time, given as an ISO-8601 instant such as {@code 2025-03-14T17:32:00Z}. */
  public StoryAssert wasTransmittedAt(String expected) {
    return editorialField("transmittedAt", Editorial::transmittedAt, Instant.parse(expected));
  }

  /** The embargo's end, given as an ISO-8601 instant such as {@code 2025-03-11T00:01:00Z}. */
  public StoryAssert isEmbargoedUntil(String expected) {
    return editorialField("embargoUntil", Editorial::embargoUntil, Instant.parse(expected));
  }

  public StoryAssert hasLanguage(String expected) {
    return editorialField("language", Editorial::language, expected);
  }

  public StoryAssert hasKicker(String expected) {
    return editorialField("kicker", Editorial::kicker, expected);
  }

  /** The keywords are exactly these, in this order. */
  public StoryAssert hasKeywords(String... expected) {
    isNotNull();
    assertThat(actual.editorial().keywords()).as("keywords").containsExactly(expected);
    return this;
  }

  /** The subject codes are exactly these, in this order. */
  public StoryAssert hasSubjects(String... expected) {
    isNotNull();
    assertThat(actual.editorial().subjects()).as("subjects").containsExactly(expected);
    return this;
  }

  /** The notes are exactly these, in this order. */
  public StoryAssert hasNotes(ParsedNote... expected) {
    isNotNull();
    assertThat(actual.editorial().notes()).as("notes").containsExactly(expected);
    return this;
  }

  /** The notes are exactly of these kinds, in this order, whatever their texts. */
  public StoryAssert hasNoteKinds(ParsedNote.Kind... expected) {
    isNotNull();
    assertThat(actual.editorial().notes())
        .as("notes")
        .extracting(ParsedNote::kind)
        .containsExactly(expected);
    return this;
  }

  private static ParsedDateline datelineOf(ParsedStory story) {
    assertThat(story.dateline()).as("dateline").isNotNull();
    return story.dateline();
  }

  private StoryAssert field(String name, Function<ParsedStory, ?> value, Object expected) {
    isNotNull();
    assertThat(value.apply(actual)).as(name).isEqualTo(expected);
    return this;
  }

  private StoryAssert editorialField(String name, Function<Editorial, ?> value, Object expected) {
    return field("editorial." + name, story -> value.apply(story.editorial()), expected);
  }
}
