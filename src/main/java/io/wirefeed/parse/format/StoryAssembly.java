package io.wirefeed.parse.format;

import io.wirefeed.parse.text.StoryBody;
import io.wirefeed.story.Editorial;
import io.wirefeed.story.ParsedFormat;
import io.wirefeed.story.ParsedStatus;
import io.wirefeed.story.ParsedStory;

/** Where every parser's story starts: the text it read, and the charset it was decoded from. */
final class StoryAssembly {

  private StoryAssembly() {}

  /**
   * A story of this format whose dateline, blocks and word count are the body's, credited to the
   * agency and source its dateline names; a parser whose header names them sets them again.
   */
  static ParsedStory.Builder story(ParsedFormat format, StoryBody body, String charset) {
    return ParsedStory.builder(format)
        .agency(body.agency())
        .source(body.source())
        .dateline(body.dateline())
        .body(body.blocks())
        .wordCount(body.wordCount())
        .charset(charset);
  }

  /** The source a dateline credits, or else the sending agency. */
  static String sourceOrAgency(String source, String agency) {
    return source != null ? source : agency;
  }

  /** An IPTC urgency is the story's priority; 1 makes it a flash, 2 an urgent. */
  static void urgency(Editorial.Builder editorial, Integer urgency) {
    editorial.priority(urgency);
    if (urgency != null && urgency == 1) {
      editorial.status(ParsedStatus.FLASH);
    } else if (urgency != null && urgency == 2) {
      editorial.status(ParsedStatus.URGENT);
    }
  }
}
