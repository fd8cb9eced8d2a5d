package io.wirefeed.dedup;

import io.wirefeed.avro.Origin;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A compact fixed layout for the dedup store, which holds one entry per remembered story: version
 * byte, seenAt, partition, offset, then the topic name in UTF-8. Avro with a registry would add a
 * lookup and five bytes to every entry for no gain: the store is private to this application.
 */
public final class FirstSeenSerde implements Serde<FirstSeen> {

  private static final byte VERSION = 1;
  private static final int FIXED_BYTES = 1 + Long.BYTES + Integer.BYTES + Long.BYTES;

  @Override
  public Serializer<FirstSeen> serializer() {
    return (topic, value) -> value == null ? null : encode(value);
  }

  @Override
  public Deserializer<FirstSeen> deserializer() {
    return (topic, bytes) -> bytes == null ? null : decode(bytes);
  }

  static byte[] encode(FirstSeen value) {
    byte[] topic = value.origin().getTopic().getBytes(StandardCharsets.UTF_8);
    return ByteBuffer.allocate(FIXED_BYTES + topic.length)
        .put(VERSION)
        .putLong(value.seenAt())
        .putInt(value.origin().getPartition())
        .putLong(value.origin().getOffset())
        .put(topic)
        .array();
  }

  static FirstSeen decode(byte[] bytes) {
    if (bytes.length < FIXED_BYTES || bytes[0] != VERSION) {
      throw new SerializationException(
          "dedup store entry of " + bytes.length + " bytes is not a version-1 FirstSeen entry");
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes, 1, bytes.length - 1);
    long seenAt = buffer.getLong();
    int partition = buffer.getInt();
    long offset = buffer.getLong();
    String topic =
        new String(bytes, FIXED_BYTES, bytes.length - FIXED_BYTES, StandardCharsets.UTF_8);
    return new FirstSeen(new Origin(topic, partition, offset), seenAt);
  }
}
