package io.wirefeed.parse.format;

import io.wirefeed.parse.framing.DecodedText;
import io.wirefeed.parse.text.StoryBody;
import io.wirefeed.parse.xml.SafeXml;
import io.wirefeed.parse.xml.XmlBody;
import io.wirefeed.parse.xml.XmlNode;
import io.wirefeed.parse.xml.XmlTimes;
import io.wirefeed.story.Editorial;
import io.wirefeed.story.ParsedBlock;
import io.wirefeed.story.ParsedDateline;
import io.wirefeed.story.ParsedFormat;
import io.wirefeed.story.ParsedNote;
import io.wirefeed.story.ParsedStatus;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Reads NITF 3.x documents: {@code head/docdata} (doc-id, urgency, management-status, release and
 * issue dates, du-key, ed-msg, key-list), {@code head/tobject} subjects, and {@code body.head}
 * (hedline, byline, dateline) and {@code body.content}. Parsed with {@link SafeXml}: no DTDs, no
 * entities.
 */
final class NitfParser extends XmlDocumentParser {

  NitfParser() {
    super(ParsedFormat.NITF, "NITF", "nitf");
  }

  @Override
  ParseResult read(XmlNode root, DecodedText text) {
    if (!root.name().equals("nitf")) {
      return ParseResult.failed("NITF: root element is <" + root.name() + ">, not <nitf>");
    }
    Editorial.Builder editorial = Editorial.builder();
    XmlNode head = root.child("head");
    XmlNode docdata = head == null ? null : head.child("docdata");
    String slug = null;
    if (docdata != null) {
      slug = readDocdata(docdata, editorial);
    }
    if (head != null) {
      head.findAll("tobject.subject")
          .forEach(s -> editorial.subject(s.attr("tobject.subject.refnum")));
    }
    editorial.language(root.attr("lang"));
    XmlNode body = root.child("body");
    XmlNode bodyHead = body == null ? null : body.child("body.head");
    XmlNode content = body == null ? null : body.child("body.content");
    String headline = null;
    String byline = null;
    ParsedDateline dateline = null;
    String agency = null;
    if (bodyHead != null) {
      XmlNode hl1 = bodyHead.find("hl1");
      headline = hl1 == null ? null : blankToNull(hl1.text());
      XmlNode by = bodyHead.child("byline");
      byline = by == null ? null : byline(by);
      dateline = dateline(bodyHead.child("dateline"));
      XmlNode distributor = bodyHead.child("distributor");
      agency = distributor == null ? null : blankToNull(distributor.text());
      XmlNode abstractNode = bodyHead.child("abstract");
      if (abstractNode != null) {
        editorial.note(ParsedNote.Kind.EDITORS_NOTE, abstractNode.text());
      }
    }
    if (headline == null && head != null && head.child("title") != null) {
      headline = blankToNull(head.child("title").text());
    }
    if (content != null) {
      content
          .findAll("ed-msg")
          .forEach(m -> editorial.note(ParsedNote.Kind.EDITORS_NOTE, edMessage(m)));
    }
    List<ParsedBlock> blocks = content == null ? List.of() : XmlBody.blocks(content);
    StoryBody story = body(dateline, blocks);
    if (isEmpty(story, headline, editorial.status())) {
      return ParseResult.failed("NITF document has no headline and no body.content text");
    }
    if (agency == null) {
      agency = story.agency();
    }
    return ParseResult.parsed(
        itemStory(story, text, editorial.build())
            .agency(agency)
            .source(StoryAssembly.sourceOrAgency(story.source(), agency))
            .slug(slug)
            .headline(headline)
            .byline(byline)
            .build());
  }

  /**
   * {@code By NAME, Title}: the writer's title ({@code byttl}) goes after a comma, as ANPA sets it
   * ({@code By CHARLES ODUM, AP Sports Writer}), not run into the name.
   */
  private static String byline(XmlNode by) {
    XmlNode title = by.child("byttl");
    String titleText = title == null ? null : blankToNull(title.text());
    if (titleText == null) {
      return blankToNull(by.text());
    }
    String name = blankToNull(by.textExcept("byttl"));
    if (name == null) {
      return titleText;
    }
    return name.endsWith(",") ? name + " " + titleText : name + ", " + titleText;
  }

  /** Reads the document metadata; returns the slug (du-key). */
  private static String readDocdata(XmlNode docdata, Editorial.Builder editorial) {
    XmlNode docId = docdata.child("doc-id");
    String id = docId == null ? null : docId.attr("id-string");
    editorial.itemId(id);
    XmlNode urgency = docdata.child("urgency");
    if (urgency != null) {
      editorial.priority(smallInt(urgency.attr("ed-urg")));
    }
    XmlNode issue = docdata.child("date.issue");
    if (issue != null) {
      editorial.transmittedAt(XmlTimes.parse(issue.attr("norm")));
    }
    XmlNode release = docdata.child("date.release");

    XmlNode status = docdata.child("management-status");
    // NITF allows the status as an element or as a docdata attribute.
    String management = status != null ? status.text() : docdata.attr("management-status");
    if (management != null) {
      switch (management) {
        case "canceled", "cancelled" -> editorial.status(ParsedStatus.KILL);
        case "embargoed" -> editorial.status(ParsedStatus.EMBARGO);
        case "withheld" -> editorial.status(ParsedStatus.HOLD);
        default -> {
          // "usable" is the normal case
        }
      }
    }
    if (release != null && "embargoed".equals(management)) {
      editorial.embargoUntil(XmlTimes.parse(release.attr("norm")));
    }
    XmlNode idref = docdata.child("management-doc-idref");
    String referenced = idref == null ? null : blankToNull(idref.text());
    XmlNode duKey = docdata.child("du-key");
    String slug = duKey == null ? null : blankToNull(duKey.attr("key"));
    if (duKey != null) {
      editorial.version(duKey.attr("version"));
    }
    // du-key names the story across versions; a kill names the item it cancels.
    editorial.storyKey(slug != null ? slug : referenced != null ? referenced : id);
    docdata
        .findAll("ed-msg")
        .forEach(m -> editorial.note(ParsedNote.Kind.EDITORS_NOTE, edMessage(m)));
    docdata.findAll("keyword").forEach(k -> editorial.keyword(k.attr("key")));
    return slug;
  }

  private static String edMessage(XmlNode message) {
    String info = message.attr("info");
    return info != null && !info.isBlank() ? info : message.text();
  }

  private static ParsedDateline dateline(XmlNode node) {
    if (node == null || node.text().isBlank()) {
      return null;
    }
    XmlNode city = node.find("city");
    XmlNode location = node.find("location");
    String place =
        city != null ? city.text() : location != null ? firstPart(location.text()) : null;
    XmlNode storyDate = node.find("story.date");
    LocalDate date = null;
    if (storyDate != null && storyDate.attr("norm") != null) {
      var instant = XmlTimes.parse(storyDate.attr("norm"));
      date =
          instant == null
              ? isoDate(storyDate.attr("norm"))
              : LocalDate.ofInstant(instant, java.time.ZoneOffset.UTC);
    }
    return new ParsedDateline(blankToNull(place), date, node.text());
  }

  private static LocalDate isoDate(String value) {
    try {
      return value.length() >= 10 ? LocalDate.parse(value.substring(0, 10)) : null;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String firstPart(String location) {
    int comma = location.indexOf(',');
    return comma < 0 ? location : location.substring(0, comma);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
