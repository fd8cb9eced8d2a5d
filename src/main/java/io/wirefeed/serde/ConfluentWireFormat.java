package io.wirefeed.serde;

import java.nio.ByteBuffer;
import java.util.Optional;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Confluent's framing of a serialized value: magic byte {@code 0x00}, the schema id as a signed
 * big-endian int, then the Avro binary datum. Confluent 8 may instead put the schema reference in a
 * record header ({@code __value_schema_id} / {@code __key_schema_id}).
 */
public final class ConfluentWireFormat {

  public static final byte MAGIC_BYTE = 0x00;

  /** Magic byte of a header-borne schema reference that is a 16-byte GUID. */
  public static final byte GUID_MAGIC_BYTE = 0x01;

  public static final int PREFIX_SIZE = 5;
  public static final String KEY_SCHEMA_ID_HEADER = "__key_schema_id";
  public static final String VALUE_SCHEMA_ID_HEADER = "__value_schema_id";

  private ConfluentWireFormat() {}

  /** Where a record's writer schema is and where its Avro payload starts. */
  public record Framed(int schemaId, ByteBuffer payload) {}

  public static Framed unframe(String topic, boolean isKey, Headers headers, byte[] data) {
    String part = isKey ? "key" : "value";
    Optional<Header> header =
        Optional.ofNullable(headers)
            .map(h -> h.lastHeader(isKey ? KEY_SCHEMA_ID_HEADER : VALUE_SCHEMA_ID_HEADER));
    if (header.isPresent()) {
      // The schema reference travels in the header; the whole value is the Avro payload.
      return new Framed(idFromHeader(topic, part, header.get()), ByteBuffer.wrap(data));
    }
    if (data.length < PREFIX_SIZE) {
      throw new SerializationException(
          "Cannot deserialize the "
              + part
              + " from topic '"
              + topic
              + "': it is "
              + data.length
              + " bytes, shorter than the 5-byte Confluent wire-format prefix"
              + " (magic byte 0x00 + 4-byte schema id)");
    }
    if (data[0] != MAGIC_BYTE) {
      throw new SerializationException(
          String.format(
              "Cannot deserialize the %s from topic '%s': unknown magic byte 0x%02x, expected 0x00"
                  + " (is it Avro in the Confluent wire format?)",
              part, topic, data[0]));
    }
    ByteBuffer buffer = ByteBuffer.wrap(data);
    buffer.get();
    int id = buffer.getInt();
    return new Framed(id, buffer.slice());
  }

  private static int idFromHeader(String topic, String part, Header header) {
    byte[] value = header.value();
    if (value != null && value.length == PREFIX_SIZE && value[0] == MAGIC_BYTE) {
      return ByteBuffer.wrap(value, 1, 4).getInt();
    }
    if (value != null && value.length == 17 && value[0] == GUID_MAGIC_BYTE) {
      throw new SerializationException(
          "Cannot deserialize the "
              + part
              + " from topic '"
              + topic
              + "': its header "
              + header.key()
              + " refers to the writer schema by GUID, which this registry client cannot"
              + " resolve; configure the producer to write schema ids in the value prefix");
    }
    throw new SerializationException(
        "Cannot deserialize the "
            + part
            + " from topic '"
            + topic
            + "': header "
            + header.key()
            + " is not a schema reference (expected magic 0x00 + id or 0x01 + 16-byte GUID)");
  }
}
