package io.wirefeed.parse.format;

import io.wirefeed.parse.framing.DecodedText;
import io.wirefeed.parse.text.StatusWords;
import io.wirefeed.parse.text.StoryBody;
import io.wirefeed.parse.xml.SafeXml;
import io.wirefeed.parse.xml.XhtmlHeader;
import io.wirefeed.parse.xml.XmlBody;
import io.wirefeed.parse.xml.XmlNode;
import io.wirefeed.parse.xml.XmlTimes;
import io.wirefeed.story.Editorial;
import io.wirefeed.story.ParsedBlock;
import io.wirefeed.story.ParsedDateline;
import io.wirefeed.story.ParsedFormat;
import io.wirefeed.story.ParsedNote;
import io.wirefeed.story.ParsedStatus;
import java.util.List;

/**
 * Reads NewsML-G2 news items ({@code newsItem}, or the first item of a {@code newsMessage}): guid
 * and version, {@code itemMeta} (pubStatus, signals, edNotes, versionCreated, embargoed, service),
 * {@code contentMeta} (urgency, headline, slugline, by, dateline, located, language, keywords,
 * subjects) and the XHTML body of {@code inlineXML} (or {@code inlineData} text). Parsed with
 * {@link SafeXml}: no DTDs, no entities. NewsML 1.x ({@code NewsML} root) is {@link
 * NewsMl1Parser}'s.
 */
final class NewsMlG2Parser extends XmlDocumentParser {

  NewsMlG2Parser() {
    super(ParsedFormat.NEWSML_G2, "NewsML-G2", "newsItem", "newsMessage");
  }

  @Override
  ParseResult read(XmlNode root, DecodedText text) {
    if (root.name().equals("NewsML")) {
      return ParseResult.failed(
          "NewsML 1.x document (root <NewsML>) handed to the NewsML-G2 parser");
    }
    XmlNode item = item(root, "newsItem");
    if (item == null) {
      return noItem(root, "newsItem");
    }
    Editorial.Builder editorial = Editorial.builder();
    editorial.itemId(item.attr("guid"));
    editorial.storyKey(item.attr("guid"));
    editorial.version(item.attr("version"));
    editorial.language(item.attr("lang"));
    XmlNode itemMeta = item.child("itemMeta");
    String signOff = itemMeta == null ? null : readItemMeta(itemMeta, editorial);
    XmlNode contentMeta = item.child("contentMeta");
    String headline = null;
    String slug = null;
    String byline = null;
    ParsedDateline dateline = null;
    if (contentMeta != null) {
      readContentMeta(contentMeta, editorial);
      headline = text(contentMeta.child("headline"));
      editorial.status(headlinePrefixStatus(headline));
      slug = text(contentMeta.child("slugline"));
      byline = text(contentMeta.child("by"));
      String datelineText = text(contentMeta.child("dateline"));
      XmlNode located = contentMeta.child("located");
      String place = located == null ? null : text(located.child("name"));
      if (datelineText != null) {
        dateline = new ParsedDateline(place, null, datelineText);
      }
    }
    XmlNode xhtmlBody = xhtmlBody(item);
    XhtmlHeader header = xhtmlBody == null ? XhtmlHeader.NONE : XhtmlHeader.of(xhtmlBody);
    if (headline == null) {
      headline = header.headline();
    }
    if (byline == null) {
      byline = header.byline() != null ? header.byline() : creatorName(contentMeta);
    }
    editorial.kicker(header.kicker());
    editorial.status(StatusWords.of(header.genre()));
    header.keywords().forEach(editorial::keyword);
    header.subjects().forEach(editorial::subject);
    List<ParsedBlock> blocks =
        xhtmlBody != null ? XmlBody.blocksWithoutHeader(xhtmlBody) : bodyBlocks(item);
    StoryBody story = body(dateline, blocks);
    if (isEmpty(story, headline, editorial.status())) {
      return ParseResult.failed("NewsML-G2 item has no headline and no text content");
    }
    return ParseResult.parsed(
        itemStory(story, text, editorial.build())
            .slug(slug)
            .headline(headline)
            .byline(byline)
            .signOff(signOff)
            .build());
  }

  /** Reads the item metadata; returns the closing line (sign-off), or null. */
  private static String readItemMeta(XmlNode meta, Editorial.Builder editorial) {
    XmlNode pubStatus = meta.child("pubStatus");
    String status = pubStatus == null ? null : pubStatus.attr("qcode");
    if ("stat:canceled".equals(status)) {
      editorial.status(ParsedStatus.KILL);
    } else if ("stat:withheld".equals(status)) {
      editorial.status(ParsedStatus.HOLD);
    }
    for (XmlNode signal : meta.children("signal")) {
      String qcode = signal.attr("qcode");
      if (qcode == null) {
        continue;
      }
      switch (qcode) {
        case "sig:correction" -> editorial.status(ParsedStatus.CORRECTION);
        case "sig:update" -> editorial.status(ParsedStatus.UPDATE);
        case "sig:repeat" -> editorial.status(ParsedStatus.REPEAT);
        case "sig:advisory" -> editorial.status(ParsedStatus.ADVISORY);
        default -> {
          // other signals (sig:isplanned, vendor ones) do not change the status
        }
      }
    }
    String closingLine = null;
    for (XmlNode note : meta.children("edNote")) {
      String role = note.attr("role");
      if (role != null && role.endsWith("closingline") && closingLine == null) {
        closingLine = text(note); // dpa's sign-off: agency and desk initials
        continue;
      }
      String constraint = note.attr("pubconstraint");
      ParsedNote.Kind kind =
          constraint != null && constraint.endsWith("nonpublic")
              ? ParsedNote.Kind.NOT_FOR_PUBLICATION
              : role != null && role.contains("correction")
                  ? ParsedNote.Kind.CORRECTION
                  : ParsedNote.Kind.EDITORS_NOTE;
      editorial.note(kind, note.text());
    }
    editorial.transmittedAt(XmlTimes.parse(text(meta.child("versionCreated"))));
    XmlNode embargoed = meta.child("embargoed");
    if (embargoed != null && text(embargoed) != null) {
      editorial.embargoUntil(XmlTimes.parse(text(embargoed)));
      editorial.status(ParsedStatus.EMBARGO);
    }
    XmlNode service = meta.child("service");
    if (service != null) {
      editorial.service(service.attr("qcode") != null ? service.attr("qcode") : text(service));
    }
    return closingLine;
  }

  private static void readContentMeta(XmlNode meta, Editorial.Builder editorial) {
    StoryAssembly.urgency(editorial, smallInt(text(meta.child("urgency"))));
    XmlNode language = meta.child("language");
    if (language != null) {
      editorial.language(language.attr("tag"));
    }
    meta.children("keyword").forEach(k -> editorial.keyword(k.text()));
    for (XmlNode subject : meta.children("subject")) {
      editorial.subject(
          subject.attr("qcode") != null ? subject.attr("qcode") : subject.attr("uri"));
    }
    XmlNode genre = meta.child("genre");
    if (genre != null) {
      editorial.category(genre.attr("qcode"));
    }
  }

  /**
   * Reuters marks versions in the headline: {@code CORRECTED-}, {@code REFILE-}, {@code UPDATE 1-}.
   */
  private static ParsedStatus headlinePrefixStatus(String headline) {
    if (headline == null) {
      return ParsedStatus.STANDARD;
    }
    int dash = headline.indexOf('-');
    if (dash <= 0 || dash > 20) {
      return ParsedStatus.STANDARD;
    }
    String prefix = headline.substring(0, dash);
    return prefix.chars().anyMatch(Character::isLowerCase)
        ? ParsedStatus.STANDARD
        : StatusWords.of(prefix);
  }

  /** The XHTML {@code body} of the item's inline XML, or null. */
  private static XmlNode xhtmlBody(XmlNode item) {
    XmlNode contentSet = item.child("contentSet");
    XmlNode inline = contentSet == null ? null : contentSet.find("inlineXML");
    return inline == null ? null : inline.find("body");
  }

  /**
   * The first {@code creator} whose {@code name} is a person's name (two words or more): dpa's
   * creators carry desk logins ({@code doe.jane}), which are no byline.
   */
  private static String creatorName(XmlNode contentMeta) {
    if (contentMeta == null) {
      return null;
    }
    for (XmlNode creator : contentMeta.children("creator")) {
      String name = text(creator.child("name"));
      if (name != null && name.strip().contains(" ") && name.chars().noneMatch(c -> c == '@')) {
        return name.strip();
      }
    }
    return null;
  }

  private static List<ParsedBlock> bodyBlocks(XmlNode item) {
    XmlNode contentSet = item.child("contentSet");
    if (contentSet == null) {
      return List.of();
    }
    XmlNode inline = contentSet.find("inlineXML");
    if (inline != null) {
      XmlNode body = inline.find("body");
      return XmlBody.blocks(body != null ? body : inline);
    }
    XmlNode data = contentSet.find("inlineData");
    if (data == null) {
      return List.of();
    }
    return data.rawText()
        .lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty())
        .map(ParsedBlock::paragraph)
        .toList();
  }
}
