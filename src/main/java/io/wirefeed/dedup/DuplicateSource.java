package io.wirefeed.dedup;

import io.wirefeed.avro.Origin;
import io.wirefeed.avro.Story;
import io.wirefeed.serde.ConfluentAvroDeserializer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * What a duplicate's {@link io.wirefeed.avro.Duplicate} record takes from the story: read from the
 * story's published bytes with a projection of the {@link Story} schema, so that Avro skips
 * everything else (the body above all) without building it. Only duplicates are read at all.
 */
public record DuplicateSource(
    String contentHash,
    Origin origin,
    Instant receivedAt,
    int messageIndex,
    String agency,
    String slug,
    String headline) {

  private static final List<String> FIELDS =
      List.of("contentHash", "agency", "slug", "headline", "receivedAt", "origin", "messageIndex");

  /** The Story record with only {@link #FIELDS}, under the same name so that Avro resolves it. */
  static final Schema PROJECTION =
      Schema.createRecord(
          Story.getClassSchema().getName(),
          null,
          Story.getClassSchema().getNamespace(),
          false,
          Story.getClassSchema().getFields().stream()
              .filter(field -> FIELDS.contains(field.name()))
              .map(field -> new Schema.Field(field, field.schema()))
              .toList());

  /**
   * Reads stories in the Confluent wire format, resolving their writer schema to the projection.
   */
  public static Deserializer<DuplicateSource> deserializer(Map<String, ?> serdeConfig) {
    Deserializer<Object> projected =
        ConfluentAvroDeserializer.withReaderSchema(PROJECTION, serdeConfig);
    return new Deserializer<>() {
      @Override
      public DuplicateSource deserialize(String topic, byte[] data) {
        return deserialize(topic, null, data);
      }

      @Override
      public DuplicateSource deserialize(String topic, Headers headers, byte[] data) {
        return of((GenericRecord) projected.deserialize(topic, headers, data));
      }
    };
  }

  static DuplicateSource of(GenericRecord story) {
    GenericRecord origin = (GenericRecord) story.get("origin");
    return new DuplicateSource(
        story.get("contentHash").toString(),
        origin == null
            ? null
            : new Origin(
                origin.get("topic").toString(),
                (Integer) origin.get("partition"),
                (Long) origin.get("offset")),
        instant(story.get("receivedAt")),
        (Integer) story.get("messageIndex"),
        text(story.get("agency")),
        text(story.get("slug")),
        text(story.get("headline")));
  }

  private static Instant instant(Object value) {
    return value instanceof Instant instant ? instant : Instant.ofEpochMilli((Long) value);
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
