package io.wirefeed.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns the body markup of NITF ({@code body.content}) and NewsML-G2 ({@code inlineXML} XHTML) into
 * blocks: paragraphs, subheads from headings, tables with one line per row and tab-separated cells,
 * pre-formatted text as a table with its spacing intact.
 */
final class XmlBody {

  private static final Set<String> HEADINGS = Set.of("hl2", "h1", "h2", "h3", "h4", "h5", "h6");
  private static final Set<String> SKIPPED = Set.of("media", "img", "object", "script", "style");

  private XmlBody() {}

  static List<Block> blocks(XmlNode container) {
    List<Block> blocks = new ArrayList<>();
    collect(container, blocks);
    return blocks;
  }

  private static void collect(XmlNode node, List<Block> blocks) {
    for (XmlNode child : node.children()) {
      String name = child.name();
      if (name.equals("p") || name.equals("li")) {
        add(blocks, Block.Kind.PARAGRAPH, child.text());
      } else if (HEADINGS.contains(name)) {
        add(blocks, Block.Kind.SUBHEAD, child.text());
      } else if (name.equals("table")) {
        add(blocks, Block.Kind.TABLE, table(child));
      } else if (name.equals("pre")) {
        add(blocks, Block.Kind.TABLE, child.rawText().strip());
      } else if (!SKIPPED.contains(name) && !name.equals("ed-msg")) {
        collect(child, blocks);
      }
    }
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

  private static void add(List<Block> blocks, Block.Kind kind, String text) {
    if (text != null && !text.isBlank()) {
      blocks.add(new Block(kind, text));
    }
  }
}
