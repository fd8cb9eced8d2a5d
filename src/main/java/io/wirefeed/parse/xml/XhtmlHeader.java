package io.wirefeed.parse.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The {@code <header>} of a NewsML-G2 XHTML body (dpa digitalwires): slugline items, the {@code h1}
 * headline, a kicker, a genre line and the byline. They are the story's fields, never its body.
 *
 * @param headline the {@code h1}
 * @param kicker a lower heading or an element of class {@code kicker}: the topic line over the
 *     headline
 * @param byline a {@code p} of class {@code byline}
 * @param genre a {@code p} of class {@code genre} ({@code Achtung}, {@code Eilmeldung})
 * @param keywords slugline items of class {@code keyword}
 * @param subjects {@code data-qcode} of the other slugline items (subjects, places)
 */
public record XhtmlHeader(
    String headline,
    String kicker,
    String byline,
    String genre,
    List<String> keywords,
    List<String> subjects) {

  private static final Set<String> LOWER_HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");

  public static final XhtmlHeader NONE =
      new XhtmlHeader(null, null, null, null, List.of(), List.of());

  public XhtmlHeader {
    keywords = List.copyOf(keywords);
    subjects = List.copyOf(subjects);
  }

  /** The header among the body's own children, or {@link #NONE}. */
  public static XhtmlHeader of(XmlNode body) {
    XmlNode header = body.child("header");
    if (header == null) {
      return NONE;
    }
    String headline = null;
    String kicker = null;
    String byline = null;
    String genre = null;
    List<String> keywords = new ArrayList<>();
    List<String> subjects = new ArrayList<>();
    for (XmlNode node : header.findAll("li")) {
      String qcode = node.attr("data-qcode");
      if (hasClass(node, "keyword")) {
        keywords.add(node.text());
      } else if (qcode != null) {
        subjects.add(qcode);
      }
    }
    for (XmlNode node : header.children()) {
      String name = node.name();
      if (name.equals("h1") && headline == null) {
        headline = blankToNull(node.text());
      } else if ((LOWER_HEADINGS.contains(name) || hasClass(node, "kicker")) && kicker == null) {
        kicker = blankToNull(node.text());
      } else if (hasClass(node, "byline") && byline == null) {
        byline = blankToNull(node.text());
      } else if (hasClass(node, "genre") && genre == null) {
        genre = blankToNull(node.textExcept("span"));
      }
    }
    return new XhtmlHeader(headline, kicker, byline, genre, keywords, subjects);
  }

  static boolean hasClass(XmlNode node, String wanted) {
    String classes = node.attr("class");
    if (classes == null) {
      return false;
    }
    for (String name : classes.split(" ")) {
      if (name.equals(wanted)) {
        return true;
      }
    }
    return false;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
