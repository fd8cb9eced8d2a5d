package io.wirefeed.story;

import static io.wirefeed.story.StoryAssert.assertThatStory;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryAssertTest {

  private final ParsedStory story =
      ParsedStory.builder(ParsedFormat.ZCZC)
          .headline("Ferry resumes")
          .dateline(new ParsedDateline("PORTVILLE", LocalDate.of(2025, 3, 9), "PORTVILLE (XN)"))
          .body(List.of(ParsedBlock.paragraph("The ferry runs again.")))
          .editorial(Editorial.builder().status(ParsedStatus.URGENT).build())
          .build();

  @Test
  void passesOnTheStorysOwnFieldsAndNamesTheFieldThatDiffers() {
    assertThatStory(story)
        .hasFormat(ParsedFormat.ZCZC)
        .hasHeadline("Ferry resumes")
        .hasSlug(null)
        .hasDatelinePlace("PORTVILLE")
        .hasBody(ParsedBlock.paragraph("The ferry runs again."));
    assertThatStory(story).hasStatus(ParsedStatus.URGENT).hasPriority(null);

    assertThatThrownBy(() -> assertThatStory(story).hasHeadline("Ferry halted"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("headline");
    assertThatThrownBy(() -> assertThatStory(story).hasSlug("FERRY"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("slug");
    assertThatThrownBy(() -> assertThatStory(story).hasBodyTexts("The ferry runs again.", "More."))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("body");
    assertThatThrownBy(() -> assertThatStory(story).hasStatus(ParsedStatus.KILL))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("status");
  }

  @Test
  void aDatelineFieldOfAStoryWithoutDatelineFails() {
    ParsedStory withoutDateline = ParsedStory.builder(ParsedFormat.PLAIN_TEXT).build();

    assertThatStory(withoutDateline).hasDateline(null);
    assertThatThrownBy(() -> assertThatStory(withoutDateline).hasDatelinePlace("PORTVILLE"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("dateline");
  }
}
