package io.wirefeed.dedup;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.utils.ByteUtils;

/**
 * A compact layout for the dedup store, which holds one entry per remembered story: a version byte,
 * seenAt, then partition and offset as varints (about 13 bytes in all). Avro with a registry would
 * add a lookup and five bytes to every entry for no gain: the store is private to this application.
 */
public final class FirstSeenSerde implements Serde<FirstSeen> {

  private static final byte VERSION = 1;
  private static final int MAX_BYTES = 1 + Long.BYTES + 5 + 10 + 5;

  @Override
  public Serializer<FirstSeen> serializer() {
    return (topic, value) -> value == null ? null : encode(value);
  }

  @Override
  public Deserializer<FirstSeen> deserializer() {
    return (topic, bytes) -> bytes == null ? null : decode(bytes);
  }

  static byte[] encode(FirstSeen value) {
    ByteBuffer buffer = ByteBuffer.allocate(MAX_BYTES).put(VERSION).putLong(value.seenAt());
    ByteUtils.writeVarint(value.partition(), buffer);
    ByteUtils.writeVarlong(value.offset(), buffer);
    ByteUtils.writeVarint(value.messageIndex(), buffer);
    byte[] bytes = new byte[buffer.position()];
    buffer.flip().get(bytes);
    return bytes;
  }

  static FirstSeen decode(byte[] bytes) {
    if (bytes.length == 0 || bytes[0] != VERSION) {
      throw notAnEntry(bytes);
    }
    try {
      ByteBuffer buffer = ByteBuffer.wrap(bytes, 1, bytes.length - 1);
      long seenAt = buffer.getLong();
      int partition = ByteUtils.readVarint(buffer);
      long offset = ByteUtils.readVarlong(buffer);
      int messageIndex = ByteUtils.readVarint(buffer);
      return new FirstSeen(partition, offset, messageIndex, seenAt);
    } catch (BufferUnderflowException | IllegalArgumentException e) {
      throw notAnEntry(bytes);
    }
  }

  private static SerializationException notAnEntry(byte[] bytes) {
    return new SerializationException(
        "dedup store entry of " + bytes.length + " bytes is not a version-1 FirstSeen entry");
  }
}
