package io.wirefeed.parse.format;

import io.wirefeed.parse.framing.DecodedText;
import io.wirefeed.parse.text.DatelineReader;
import io.wirefeed.parse.text.StatusWords;
import io.wirefeed.parse.text.StoryBody;
import io.wirefeed.parse.xml.SafeXml;
import io.wirefeed.parse.xml.XmlBody;
import io.wirefeed.parse.xml.XmlNode;
import io.wirefeed.parse.xml.XmlTimes;
import io.wirefeed.story.Editorial;
import io.wirefeed.story.ParsedBlock;
import io.wirefeed.story.ParsedDateline;
import io.wirefeed.story.ParsedFormat;
import io.wirefeed.story.ParsedStatus;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads NewsML 1.x documents (root {@code NewsML}, as AFP still sends them): the first {@code
 * NewsItem}'s identification (PublicIdentifier, NewsItemId, RevisionId), {@code NewsManagement}
 * (Status, Urgency, ThisRevisionCreated), the {@code NewsLines} of its components (HeadLine,
 * ByLine, DateLine, SlugLine, KeywordLine), {@code DescriptiveMetadata} (Language, subjects, genre,
 * keyword properties) and the text of the first textual {@code DataContent}: an embedded NITF
 * {@code body.content}, XHTML, or plain lines. Parsed with {@link SafeXml}: no DTDs, no entities.
 */
final class NewsMl1Parser extends XmlDocumentParser {

  /** AFP ends the text with the desk's initials ({@code hh/ph/ts/hd}), not a paragraph. */
  private static final Pattern INITIALS_SIGN_OFF =
      Pattern.compile("[a-z]{1,6}(?:-[a-z]{1,6})?(?:/[a-z]{1,6}(?:-[a-z]{1,6})?){1,9}");

  NewsMl1Parser() {
    super(ParsedFormat.NEWSML_1, "NewsML 1.x", "NewsML");
  }

  @Override
  ParseResult read(XmlNode root, DecodedText text) {
    XmlNode item = item(root, "NewsItem");
    if (item == null) {
      return noItem(root, "NewsItem");
    }
    Editorial.Builder editorial = Editorial.builder();
    editorial.language(item.attr("lang"));
    String agency = readIdentification(item.child("Identification"), editorial);
    XmlNode management = item.child("NewsManagement");
    if (management != null) {
      readManagement(management, editorial);
    }
    XmlNode component = item.child("NewsComponent");
    XmlNode lines = component == null ? null : component.find("NewsLines");
    XmlNode descriptive = component == null ? null : component.find("DescriptiveMetadata");
    if (descriptive != null) {
      readDescriptive(descriptive, editorial);
    }
    XmlNode party = component == null ? null : component.find("Provider");
    if (party != null && party.child("Party") != null) {
      agency = firstNonNull(party.child("Party").attr("FormalName"), agency);
    }
    String headline = lines == null ? null : text(lines.child("HeadLine"));
    String byline = lines == null ? null : text(lines.child("ByLine"));
    String slug = lines == null ? null : text(lines.child("SlugLine"));
    if (lines != null) {
      lines.children("KeywordLine").forEach(k -> editorial.keyword(k.text()));
    }
    Body body = component == null ? Body.EMPTY : body(component);
    StoryBody story = StoryBody.ofBlocks(body.blocks());
    ParsedDateline dateline = story.dateline();
    String source = story.source();
    String datelineText = lines == null ? null : text(lines.child("DateLine"));
    if (datelineText != null) {
      Optional<DatelineReader.Found> found = DatelineReader.read(datelineText);
      dateline = found.map(DatelineReader.Found::dateline).orElse(null);
      if (dateline == null) {
        dateline = new ParsedDateline(null, null, datelineText);
      }
      source = found.map(DatelineReader.Found::source).orElse(source);
    }
    if (headline == null) {
      headline = body.headline();
    }
    if (isEmpty(story, headline, editorial.status())) {
      return ParseResult.failed("NewsML 1.x item has no headline and no text content");
    }
    List<ParsedBlock> blocks = story.blocks();
    String signOff = null;
    if (!blocks.isEmpty() && isInitials(blocks.get(blocks.size() - 1))) {
      signOff = blocks.get(blocks.size() - 1).text();
      blocks = blocks.subList(0, blocks.size() - 1);
    }
    StoryBody trimmed = new StoryBody(dateline, agency, source, blocks);
    return ParseResult.parsed(
        itemStory(trimmed, text, editorial.build())
            .agency(agency)
            .source(StoryAssembly.sourceOrAgency(source, agency))
            .slug(slug)
            .headline(headline)
            .byline(byline)
            .signOff(signOff)
            .build());
  }

  /** Returns the provider; the story key drops the revision so every version shares it. */
  private static String readIdentification(XmlNode identification, Editorial.Builder editorial) {
    XmlNode id = identification == null ? null : identification.child("NewsIdentifier");
    if (id == null) {
      return null;
    }
    String provider = text(id.child("ProviderId"));
    String newsItemId = text(id.child("NewsItemId"));
    String revision = text(id.child("RevisionId"));
    String publicId = text(id.child("PublicIdentifier"));
    editorial.version(revision);
    editorial.itemId(firstNonNull(publicId, newsItemId));
    String key = publicId;
    if (key != null && revision != null && key.endsWith(":" + revision)) {
      key = key.substring(0, key.length() - revision.length() - 1);
    }
    if (key == null && newsItemId != null) {
      key = provider == null ? newsItemId : provider + ":" + newsItemId;
    }
    editorial.storyKey(key);
    XmlNode revisionNode = id.child("RevisionId");
    String previous = revisionNode == null ? null : revisionNode.attr("PreviousRevision");
    if (previous != null && !previous.isBlank() && !previous.strip().equals("0")) {
      editorial.status(ParsedStatus.UPDATE);
    }
    return provider;
  }

  private static void readManagement(XmlNode management, Editorial.Builder editorial) {
    String status = formalName(management.child("Status"));
    if (status != null) {
      switch (status.toLowerCase(Locale.ROOT)) {
        case "canceled", "cancelled" -> editorial.status(ParsedStatus.KILL);
        case "withheld" -> editorial.status(ParsedStatus.HOLD);
        case "embargoed" -> editorial.status(ParsedStatus.EMBARGO);
        default -> {
          // Usable: the ordinary case
        }
      }
    }
    StoryAssembly.urgency(editorial, smallInt(formalName(management.child("Urgency"))));
    String created =
        firstNonNull(
            text(management.child("ThisRevisionCreated")), text(management.child("FirstCreated")));
    editorial.transmittedAt(XmlTimes.parse(created));
    for (XmlNode instruction : management.children("Instruction")) {
      editorial.status(StatusWords.of(formalName(instruction)));
    }
  }

  private static void readDescriptive(XmlNode descriptive, Editorial.Builder editorial) {
    XmlNode language = descriptive.child("Language");
    if (language != null && formalName(language) != null) {
      editorial.language(formalName(language));
    }
    for (XmlNode code : descriptive.children("SubjectCode")) {
      for (XmlNode subject : code.children()) {
        editorial.subject(subject.attr("FormalName"));
      }
    }
    XmlNode genre = descriptive.child("Genre");
    if (genre != null) {
      editorial.category(formalName(genre));
    }
    for (XmlNode property : descriptive.children("Property")) {
      if ("Keyword".equalsIgnoreCase(property.attr("FormalName"))) {
        editorial.keyword(property.attr("Value"));
      }
    }
  }

  private record Body(List<ParsedBlock> blocks, String headline) {
    static final Body EMPTY = new Body(List.of(), null);
  }

  /** The first content item that carries text; photos and other media are skipped. */
  private static Body body(XmlNode component) {
    for (XmlNode content : component.findAll("DataContent")) {
      XmlNode nitf = content.find("nitf");
      if (nitf != null) {
        XmlNode bodyContent = nitf.find("body.content");
        XmlNode hl1 = nitf.find("hl1");
        List<ParsedBlock> blocks = XmlBody.blocks(bodyContent != null ? bodyContent : nitf);
        if (!blocks.isEmpty() || hl1 != null) {
          return new Body(blocks, text(hl1));
        }
        continue;
      }
      if (!content.children().isEmpty()) {
        List<ParsedBlock> blocks = XmlBody.blocks(content);
        if (!blocks.isEmpty()) {
          return new Body(blocks, null);
        }
        continue;
      }
      List<ParsedBlock> lines =
          content
              .rawText()
              .lines()
              .map(String::strip)
              .filter(line -> !line.isEmpty())
              .map(ParsedBlock::paragraph)
              .toList();
      if (!lines.isEmpty()) {
        return new Body(lines, null);
      }
    }
    return Body.EMPTY;
  }

  private static boolean isInitials(ParsedBlock block) {
    String text = block.text();
    return block.kind() == ParsedBlock.Kind.PARAGRAPH
        && text.length() <= 60
        && INITIALS_SIGN_OFF.matcher(text).matches();
  }

  private static String formalName(XmlNode node) {
    if (node == null) {
      return null;
    }
    String name = node.attr("FormalName");
    return name == null || name.isBlank() ? null : name.strip();
  }

  private static String firstNonNull(String first, String second) {
    return first != null ? first : second;
  }
}
