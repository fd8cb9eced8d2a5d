package io.wirefeed.parse.format;

import java.util.List;

/**
 * What the code lines after an AAP {@code ZCZC} say about the story.
 *
 * @param bodyStart index of the first line after the header
 * @param tabular the header asked for the body to be kept as set ({@code *T})
 */
record ZczcCodedHeader(
    String slug,
    String headline,
    String version,
    String category,
    String service,
    List<String> subjects,
    List<String> keywords,
    boolean tabular,
    int bodyStart) {

  ZczcCodedHeader {
    subjects = List.copyOf(subjects);
    keywords = List.copyOf(keywords);
  }
}
