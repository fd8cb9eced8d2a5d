package io.wirefeed.parse.xml;

import io.wirefeed.story.ParsedBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns the body markup of NITF ({@code body.content}) and NewsML-G2 ({@code inlineXML} XHTML) into
 * blocks: paragraphs, subheads from headings, tables with one line per row and tab-separated cells,
 * pre-formatted text as a table with its spacing intact.
 */
public final class XmlBody {

  private static final Set<String> HEADINGS = Set.of("hl2", "h1", "h2", "h3", "h4", "h5", "h6");
  private static final Set<String> SKIPPED = Set.of("media", "img", "object", "script", "style");

  private XmlBody() {}

  public static List<ParsedBlock> blocks(XmlNode container) {
    List<ParsedBlock> blocks = new ArrayList<>();
    collect(container, blocks, null);
    return blocks;
  }

  /**
   * The blocks of an XHTML {@code body} whose own {@code header} holds the story's fields (see
   * {@link XhtmlHeader}), not its text.
   */
  public static List<ParsedBlock> blocksWithoutHeader(XmlNode body) {
    List<ParsedBlock> blocks = new ArrayList<>();
    collect(body, blocks, "header");
    return blocks;
  }

  private static void collect(XmlNode node, List<ParsedBlock> blocks, String skippedChild) {
    for (Object part : node.content()) {
      if (!(part instanceof XmlNode child)) {
        continue;
      }
      String name = child.name();
      if (name.equals(skippedChild)) {
        continue;
      }
      if (name.equals("p") || name.equals("li")) {
        paragraph(child, blocks);
      } else if (HEADINGS.contains(name)) {
        add(blocks, ParsedBlock.Kind.SUBHEAD, child.text());
      } else if (name.equals("table")) {
        add(blocks, ParsedBlock.Kind.TABLE, table(child));
      } else if (name.equals("pre")) {
        add(blocks, ParsedBlock.Kind.TABLE, child.rawText().strip());
      } else if (!SKIPPED.contains(name) && !name.equals("ed-msg")) {
        collect(child, blocks, null);
      }
    }
  }

  /** A paragraph; a heading nested in it is a subhead between the text before and after it. */
  private static void paragraph(XmlNode p, List<ParsedBlock> blocks) {
    if (!hasHeading(p)) {
      add(blocks, ParsedBlock.Kind.PARAGRAPH, p.text());
      return;
    }
    XmlNode run = new XmlNode(p.name());
    for (Object part : p.content()) {
      if (part instanceof XmlNode node && HEADINGS.contains(node.name())) {
        add(blocks, ParsedBlock.Kind.PARAGRAPH, run.text());
        add(blocks, ParsedBlock.Kind.SUBHEAD, node.text());
        run = new XmlNode(p.name());
      } else {
        run.add(part);
      }
    }
    add(blocks, ParsedBlock.Kind.PARAGRAPH, run.text());
  }

  private static boolean hasHeading(XmlNode p) {
    for (Object part : p.content()) {
      if (part instanceof XmlNode node && HEADINGS.contains(node.name())) {
        return true;
      }
    }
    return false;
  }

  private static String table(XmlNode table) {
    List<String> rows = new ArrayList<>();
    for (XmlNode row : table.findAll("tr")) {
      List<String> cells = new ArrayList<>();
      for (XmlNode cell : row.children()) {
        if (cell.name().equals("td") || cell.name().equals("th")) {
          cells.add(cell.text());
        }
      }
      rows.add(String.join("\t", cells));
    }
    return String.join("\n", rows);
  }

  private static void add(List<ParsedBlock> blocks, ParsedBlock.Kind kind, String text) {
    if (text != null && !text.isBlank()) {
      blocks.add(new ParsedBlock(kind, text));
    }
  }
}
