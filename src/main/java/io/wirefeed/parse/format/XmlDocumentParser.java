package io.wirefeed.parse.format;

import io.wirefeed.parse.framing.DecodedText;
import io.wirefeed.parse.text.StoryBody;
import io.wirefeed.parse.xml.SafeXml;
import io.wirefeed.parse.xml.XmlNode;
import io.wirefeed.story.Editorial;
import io.wirefeed.story.ParsedBlock;
import io.wirefeed.story.ParsedDateline;
import io.wirefeed.story.ParsedFormat;
import io.wirefeed.story.ParsedStatus;
import io.wirefeed.story.ParsedStory;
import java.util.List;

/**
 * What the three XML parsers share: how a document is recognized, a safe parse of it, when a story
 * is empty, and the story assembled from an item that names itself.
 */
abstract class XmlDocumentParser implements WireParser {

  private final ParsedFormat format;
  private final String formatName;
  private final List<String> rootTags;

  /**
   * @param formatName the format's name in failure reasons
   * @param rootTags the root elements (without {@code <}) whose start tag near the head of the text
   *     marks this format
   */
  XmlDocumentParser(ParsedFormat format, String formatName, String... rootTags) {
    this.format = format;
    this.formatName = formatName;
    this.rootTags = List.of(rootTags);
  }

  @Override
  public final ParsedFormat format() {
    return format;
  }

  @Override
  public final boolean accepts(DecodedText text) {
    for (String root : rootTags) {
      if (SafeXml.headContains(text, "<" + root)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Parses the document with {@link SafeXml} (no DTDs, no entities) and hands its root to the
   * format's reader; a document it refuses fails with the format's name and the reason.
   */
  @Override
  public final ParseResult parse(DecodedText text) {
    XmlNode root;
    try {
      root = SafeXml.parse(text.text());
    } catch (SafeXml.Rejected e) {
      return ParseResult.failed(formatName + ": " + e.getMessage());
    }
    return read(root, text);
  }

  /** Reads the story from a document that parsed. */
  abstract ParseResult read(XmlNode root, DecodedText text);

  /**
   * A story with neither headline nor text is not a story, except a kill or a withdrawal, whose
   * notice may carry nothing but its status.
   */
  static boolean isEmpty(StoryBody story, String headline, ParsedStatus status) {
    boolean withdrawn = status == ParsedStatus.KILL || status == ParsedStatus.WITHDRAWAL;
    return story.blocks().isEmpty() && headline == null && !withdrawn;
  }

  /** The item element: the root itself, or the first one under it; null where there is none. */
  static XmlNode item(XmlNode root, String element) {
    return root.name().equals(element) ? root : root.find(element);
  }

  /** The failure for a document without the item {@link #item} looks for. */
  final ParseResult noItem(XmlNode root, String element) {
    return ParseResult.failed(
        formatName + ": no " + element + " in a document with root <" + root.name() + ">");
  }

  /**
   * The body of a document that may declare its dateline in an element of its own ({@code
   * declared}, null where it does not).
   */
  static StoryBody body(ParsedDateline declared, List<ParsedBlock> blocks) {
    return declared == null
        ? StoryBody.ofBlocks(blocks)
        : StoryBody.withDeclaredDateline(declared, blocks);
  }

  /** An XML item names itself: its item id is the story code. */
  final ParsedStory.Builder itemStory(StoryBody body, DecodedText text, Editorial editorial) {
    return StoryAssembly.story(format, body, text.charset())
        .storyCode(editorial.itemId())
        .editorial(editorial);
  }

  /** The element's text, or null where the element is missing or blank. */
  static String text(XmlNode node) {
    if (node == null) {
      return null;
    }
    String text = node.text();
    return text.isBlank() ? null : text;
  }

  /** A one- or two-digit number (an urgency), or null. */
  static Integer smallInt(String value) {
    if (value == null || value.isBlank() || value.strip().length() > 2) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
