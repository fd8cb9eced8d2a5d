package io.wirefeed.parse.format;

import io.wirefeed.parse.framing.DecodedText;
import io.wirefeed.parse.text.StoryBody;
import io.wirefeed.parse.xml.SafeXml;
import io.wirefeed.parse.xml.XmlNode;
import io.wirefeed.story.ParsedStatus;
import java.util.function.Function;

/** What the three XML parsers share: a safe parse of the document, and when a story is empty. */
final class XmlDocuments {

  private XmlDocuments() {}

  /**
   * Parses the document with {@link SafeXml} (no DTDs, no entities) and hands its root to the
   * format's reader; a document it refuses fails with the format's name and the reason.
   */
  static ParseResult read(
      DecodedText text, String formatName, Function<XmlNode, ParseResult> reader) {
    XmlNode root;
    try {
      root = SafeXml.parse(text.text());
    } catch (SafeXml.Rejected e) {
      return ParseResult.failed(formatName + ": " + e.getMessage());
    }
    return reader.apply(root);
  }

  /**
   * A story with neither headline nor text is not a story, except a kill or a withdrawal, whose
   * notice may carry nothing but its status.
   */
  static boolean isEmpty(StoryBody story, String headline, ParsedStatus status) {
    boolean withdrawn = status == ParsedStatus.KILL || status == ParsedStatus.WITHDRAWAL;
    return story.blocks().isEmpty() && headline == null && !withdrawn;
  }
}
