package io.wirefeed.parse.xml;

import io.wirefeed.parse.framing.DecodedText;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an XML document into an {@link XmlNode} tree with the JDK's StAX parser and every door to
 * the outside shut: no DTD processing, no external entities, no external DTD or schema access. A
 * DOCTYPE that only names a DTD is ignored (NITF files often carry one); a DOCTYPE with an internal
 * subset, where entities are declared, is refused, and so is any entity reference other than the
 * five XML predefines and character references. Nesting depth is bounded.
 */
public final class SafeXml {

  static final int MAX_DEPTH = 64;

  /**
   * One factory per thread, each handing out the same reader again for the next document (the JDK's
   * {@code reuse-instance} property): building a reader, with its scanners and buffers, cost a
   * quarter of the parse of a 3 KB document. Reuse makes a factory single-threaded.
   */
  private static final ThreadLocal<XMLInputFactory> FACTORY =
      ThreadLocal.withInitial(SafeXml::newFactory);

  /** The JDK parser's own switch: a factory resets and returns its last reader. */
  private static final String REUSE_INSTANCE = "reuse-instance";

  private SafeXml() {}

  /** Thrown with a reason a person can act on; never carries the input itself beyond a snippet. */
  public static final class Rejected extends Exception {
    Rejected(String reason) {
      super(reason);
    }
  }

  /** Where a parser looks for its root element: detection must not scan a whole message. */
  private static final int HEAD_CHARS = 2048;

  /**
   * Whether the ASCII {@code marker} (e.g. {@code <nitf}) stands in the first characters of the
   * text.
   */
  public static boolean headContains(DecodedText text, String marker) {
    // Searched in the bytes: an ASCII marker stands in the first chars exactly where its bytes
    // stand in theirs, and no String is built for a message that is not XML. Every root marker
    // starts with '<', whose first place is kept for the next parser's marker.
    int limit = text.headEnd(HEAD_CHARS);
    if (marker.charAt(0) != '<') {
      return text.utf8().containsAscii(marker, text.utf8().from(), limit);
    }
    int markup = text.markupStart(limit);
    return markup >= 0 && text.utf8().containsAscii(marker, markup, limit);
  }

  public static XmlNode parse(String document) throws Rejected {
    refuseInternalSubset(document);
    XMLStreamReader reader = null;
    try {
      reader = FACTORY.get().createXMLStreamReader(new StringReader(document));
      return read(reader);
    } catch (XMLStreamException e) {
      throw new Rejected("malformed XML: " + firstLine(e.getMessage()));
    } catch (RuntimeException e) {
      // The JDK parser reports some malformed input with unchecked exceptions.
      throw new Rejected("malformed XML: " + e.getClass().getSimpleName());
    } finally {
      close(reader);
    }
  }

  private static XmlNode read(XMLStreamReader reader) throws XMLStreamException, Rejected {
    Deque<XmlNode> open = new ArrayDeque<>();
    XmlNode root = null;
    while (reader.hasNext()) {
      int event = reader.next();
      switch (event) {
        case XMLStreamConstants.DTD -> {
          if (reader.getText().indexOf('[') >= 0) {
            throw new Rejected(
                "DOCTYPE with an internal subset refused: entity declarations are not accepted");
          }
        }
        case XMLStreamConstants.ENTITY_REFERENCE ->
            throw new Rejected("entity reference &" + reader.getLocalName() + "; refused");
        case XMLStreamConstants.START_ELEMENT -> {
          if (open.size() >= MAX_DEPTH) {
            throw new Rejected("XML nested deeper than " + MAX_DEPTH + " elements");
          }
          XmlNode node = new XmlNode(reader.getLocalName());
          for (int i = 0; i < reader.getAttributeCount(); i++) {
            node.attribute(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
          }
          if (open.isEmpty()) {
            root = node;
          } else {
            open.peek().add(node);
          }
          open.push(node);
        }
        case XMLStreamConstants.END_ELEMENT -> open.pop();
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (!open.isEmpty()) {
            open.peek().add(reader.getText());
          }
        }
        default -> {
          // Comments and processing instructions carry no story content.
        }
      }
    }
    if (root == null) {
      throw new Rejected("no root element");
    }
    return root;
  }

  /**
   * The parser, with DTDs off, would only fail later on an undeclared entity; saying why up front
   * gives a clearer reject.
   */
  private static void refuseInternalSubset(String document) throws Rejected {
    int doctype = document.indexOf("<!DOCTYPE");
    if (doctype < 0) {
      return;
    }
    int close = document.indexOf('>', doctype);
    int subset = document.indexOf('[', doctype);
    if (subset >= 0 && (close < 0 || subset < close)) {
      throw new Rejected(
          "DOCTYPE with an internal subset refused: entity declarations are not accepted");
    }
  }

  private static XMLInputFactory newFactory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new XMLStreamException("external resource refused: " + systemId);
        });
    if (factory.isPropertySupported(REUSE_INSTANCE)) {
      factory.setProperty(REUSE_INSTANCE, true);
    }
    return factory;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "no detail";
    }
    String line = message.lines().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse(message);
    return line.length() > 160 ? line.substring(0, 160) + "…" : line.strip();
  }

  private static void close(XMLStreamReader reader) {
    if (reader != null) {
      try {
        reader.close();
      } catch (XMLStreamException e) {
        // Closing a reader over a string cannot fail in a way that matters here.
      }
    }
  }
}
