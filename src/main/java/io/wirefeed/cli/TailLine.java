package io.wirefeed.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.apache.avro.generic.GenericRecord;

/** How {@code tail} shows one decoded record: a readable line, or a JSON object. */
final class TailLine {

  private static final int HASH_PREFIX = 12;
  private static final int EXCERPT_CHARS = 60;

  private TailLine() {}

  /**
   * {@code TIME story AGENCY/SOURCE SLUG HASH HEADLINE}; a duplicate adds the copy it was dropped
   * for; a reject shows where the raw message was read, the reason and a safe preview.
   */
  static String text(AvroTopicReader.Decoded decoded) {
    String time =
        Instant.ofEpochMilli(decoded.raw().timestamp()).truncatedTo(ChronoUnit.SECONDS).toString();
    GenericRecord record = decoded.value();
    if (record == null) {
      return String.format("%s  %-9s  %s", time, "tombstone", key(decoded));
    }
    return switch (decoded.kind()) {
      case "story" ->
          String.format(
              "%s  %-9s  %s  %s  %s  %s",
              time,
              "story",
              agencyAndSource(record),
              field(record, "slug"),
              hash(record),
              headline(record));
      case "duplicate" ->
          String.format(
              "%s  %-9s  %s  %s  %s  %s  (copy of %s)",
              time,
              "duplicate",
              field(record, "agency"),
              field(record, "slug"),
              hash(record),
              field(record, "headline"),
              origin(record.get("firstOrigin")));
      case "storylink" ->
          String.format(
              Locale.ROOT,
              "%s  %-9s  %s  ~ %s  %.2f  (containment %.2f, cluster %s)",
              time,
              "link",
              hash(record),
              prefix(field(record, "linkedContentHash")),
              (Double) record.get("similarity"),
              (Double) record.get("containment"),
              prefix(field(record, "clusterId")));
      case "reject" ->
          String.format(
              "%s  %-9s  %s  %s  %s",
              time,
              "reject",
              origin(record.get("origin")),
              field(record, "reason"),
              SafePreview.of((ByteBuffer) record.get("rawValue")));
      default -> String.format("%s  %-9s  %s", time, decoded.kind(), record);
    };
  }

  static String json(AvroTopicReader.Decoded decoded) {
    ObjectNode line = JsonNodeFactory.instance.objectNode();
    line.put("topic", decoded.raw().topic());
    line.put("partition", decoded.raw().partition());
    line.put("offset", decoded.raw().offset());
    line.put("timestamp", decoded.raw().timestamp());
    line.put("key", key(decoded));
    line.put("kind", decoded.kind());
    line.set(
        "record",
        decoded.value() == null
            ? JsonNodeFactory.instance.nullNode()
            : AvroJson.toJson(decoded.value()));
    return AvroJson.write(line);
  }

  /** Whether the story or duplicate is from this agency (or source); rejects have none. */
  static boolean fromAgency(AvroTopicReader.Decoded decoded, String agency) {
    GenericRecord record = decoded.value();
    if (record == null) {
      return false;
    }
    for (String name : new String[] {"agency", "source"}) {
      if (record.getSchema().getField(name) != null
          && record.get(name) != null
          && record.get(name).toString().equalsIgnoreCase(agency)) {
        return true;
      }
    }
    return false;
  }

  private static String key(AvroTopicReader.Decoded decoded) {
    byte[] key = decoded.raw().key();
    return key == null ? null : new String(key, StandardCharsets.UTF_8);
  }

  private static String agencyAndSource(GenericRecord story) {
    String agency = field(story, "agency");
    String source = field(story, "source");
    return agency.equals(source) || source.equals("-") ? agency : agency + "/" + source;
  }

  /** The headline, or for a story without one the start of its first block, marked with …. */
  private static String headline(GenericRecord story) {
    String headline = field(story, "headline");
    if (!headline.equals("-")) {
      return headline;
    }
    if (!(story.get("body") instanceof List<?> body)
        || body.isEmpty()
        || !(body.get(0) instanceof GenericRecord first)) {
      return "(no headline)";
    }
    String text = String.valueOf(first.get("text"));
    return text.length() <= EXCERPT_CHARS ? text : text.substring(0, EXCERPT_CHARS) + "…";
  }

  private static String hash(GenericRecord record) {
    return prefix(field(record, "contentHash"));
  }

  private static String prefix(String hash) {
    return hash.substring(0, Math.min(HASH_PREFIX, hash.length()));
  }

  private static String origin(Object origin) {
    if (!(origin instanceof GenericRecord where)) {
      return "-";
    }
    return where.get("topic") + "/" + where.get("partition") + "@" + where.get("offset");
  }

  private static String field(GenericRecord record, String name) {
    Object value = record.getSchema().getField(name) == null ? null : record.get(name);
    return value == null ? "-" : value.toString();
  }
}
