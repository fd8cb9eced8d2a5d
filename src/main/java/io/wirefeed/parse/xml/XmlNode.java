package io.wirefeed.parse.xml;

import io.wirefeed.parse.text.Chars;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An element of a small, already bounded XML tree; names are local names (prefixes dropped). */
public final class XmlNode {

  private final String name;

  /** Null until the first attribute: most elements of a story (its paragraphs) have none. */
  private Map<String, String> attributes;

  private final List<Object> content = new ArrayList<>();

  XmlNode(String name) {
    this.name = name;
  }

  public String name() {
    return name;
  }

  void attribute(String localName, String value) {
    if (attributes == null) {
      attributes = new HashMap<>();
    }
    attributes.put(localName, value);
  }

  void add(Object child) {
    content.add(child);
  }

  /** The attribute's value, or null. Attributes are looked up by local name ({@code lang}). */
  public String attr(String localName) {
    return attributes == null ? null : attributes.get(localName);
  }

  public List<XmlNode> children() {
    List<XmlNode> children = new ArrayList<>();
    for (Object child : content) {
      if (child instanceof XmlNode node) {
        children.add(node);
      }
    }
    return children;
  }

  List<Object> content() {
    return content;
  }

  public XmlNode child(String localName) {
    for (Object child : content) {
      if (child instanceof XmlNode node && node.name.equals(localName)) {
        return node;
      }
    }
    return null;
  }

  public List<XmlNode> children(String localName) {
    return children().stream().filter(node -> node.name.equals(localName)).toList();
  }

  /** The first element of that name in document order below this one, or null. */
  public XmlNode find(String localName) {
    // The content itself, not children(): a list built per element searched cost more than the
    // search.
    for (Object child : content) {
      if (child instanceof XmlNode node) {
        if (node.name.equals(localName)) {
          return node;
        }
        XmlNode found = node.find(localName);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** Every element of that name below this one, in document order. */
  public List<XmlNode> findAll(String localName) {
    List<XmlNode> found = new ArrayList<>();
    collect(localName, found);
    return found;
  }

  private void collect(String localName, List<XmlNode> found) {
    for (Object child : content) {
      if (child instanceof XmlNode node) {
        if (node.name.equals(localName)) {
          found.add(node);
        }
        node.collect(localName, found);
      }
    }
  }

  /**
   * All text below this element, whitespace runs collapsed to one space. Elements a reader sees as
   * set apart (paragraphs, headings, list items, cells, a byline's title) are separated by a space
   * even where the markup has none between them: {@code <person>NAME</person><byttl>AP Business
   * Writer</byttl>} reads {@code NAME AP Business Writer}, not {@code NAMEAP Business Writer}.
   * Inline elements ({@code em}, {@code a}, {@code span}) join their neighbours as written.
   */
  public String text() {
    return textExcept(null);
  }

  /** As {@link #text()}, leaving out the child elements named {@code skippedChild}. */
  public String textExcept(String skippedChild) {
    if (content.size() == 1 && content.get(0) instanceof String only && isCollapsed(only)) {
      return only; // the usual paragraph: one run of text with nothing to collapse, kept as it is
    }
    StringBuilder text = new StringBuilder();
    appendText(text, true, skippedChild);
    return collapse(text);
  }

  /** All text below this element exactly as written (for tables and pre-formatted text). */
  public String rawText() {
    StringBuilder text = new StringBuilder();
    appendText(text, false, null);
    return text.toString();
  }

  private void appendText(StringBuilder text, boolean separateBlocks, String skippedChild) {
    for (Object child : content) {
      if (child instanceof XmlNode node) {
        if (node.name.equals(skippedChild)) {
          continue;
        }
        if (text.length() > 0 && node.name.equals("br")) {
          text.append('\n');
        }
        boolean apart = separateBlocks && SET_APART.contains(node.name);
        if (apart) {
          text.append(' ');
        }
        node.appendText(text, separateBlocks, null);
        if (apart) {
          text.append(' ');
        }
      } else {
        text.append((String) child);
      }
    }
  }

  /** Elements whose text a reader sees apart from the text around them. */
  private static final Set<String> SET_APART =
      Set.of(
          "p",
          "div",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "hl1",
          "hl2",
          "li",
          "dt",
          "dd",
          "tr",
          "td",
          "th",
          "caption",
          "blockquote",
          "section",
          "header",
          "footer",
          "figcaption",
          "byttl",
          "dateline",
          "block",
          "title",
          "subtitle");

  /**
   * Whitespace runs (Java whitespace and no-break space) become one space; leading and trailing
   * runs go. Works on a char array: per-char {@code StringBuilder.charAt} and {@code append} took a
   * third of an XML story's parse time.
   */
  static String collapse(StringBuilder text) {
    int length = text.length();
    char[] chars = new char[length];
    text.getChars(0, length, chars, 0);
    int size = 0;
    boolean space = false;
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      // Printable ASCII, most of any text, is never a space to collapse: one test, no table.
      boolean printable = c > ' ' && c < 0x7F;
      if (!printable && isCollapsedSpace(c)) {
        space = size > 0;
      } else {
        if (space) {
          chars[size++] = ' ';
          space = false;
        }
        chars[size++] = c;
      }
    }
    return new String(chars, 0, size);
  }

  /** Whether {@link #collapse} would give {@code text} back unchanged. */
  static boolean isCollapsed(String text) {
    int length = text.length();
    boolean previousSpace = true; // a space at the start is collapsed away
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c > ' ' && c < 0x7F) {
        previousSpace = false;
      } else if (c == ' ') {
        if (previousSpace) {
          return false;
        }
        previousSpace = true;
      } else if (isCollapsedSpace(c)) {
        return false;
      } else {
        previousSpace = false;
      }
    }
    return length == 0 || !previousSpace;
  }

  /** Java whitespace or a no-break space, which XML text uses for spacing too. */
  static boolean isCollapsedSpace(char c) {
    return c == '\u00A0' || Chars.isWhitespace(c);
  }
}
