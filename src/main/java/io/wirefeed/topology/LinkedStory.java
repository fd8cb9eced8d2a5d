package io.wirefeed.topology;

import io.wirefeed.avro.Origin;
import io.wirefeed.link.Signature;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.utils.ByteUtils;

/**
 * What the linking stage knows of a story, computed in the parse step where the text is at hand:
 * where it was read and its MinHash signature. It travels as a record header with the story up to
 * dedup, in a published story's dedup decision after it, and as the value of the band records, so
 * that linking never decodes a story. A version byte, varints, then the minima as two bytes each
 * (version 1, before minima were cut to 16 bits, had four: its records are read by keeping their
 * low 16 bits, which is what the signer keeps now, so a record written before an upgrade still
 * links).
 */
record LinkedStory(Origin origin, int messageIndex, Signature signature) {

  /** The header that carries it from the parse step to the linking stage. */
  static final String HEADER = "wirefeed.link.signature";

  private static final byte VERSION = 2;
  private static final byte VERSION_32_BIT_MINIMA = 1;

  byte[] encode() {
    byte[] topic = origin.getTopic().getBytes(StandardCharsets.UTF_8);
    int size = signature.size();
    // Sized exactly, so the array is the value as it is: no second array and copy per story.
    ByteBuffer buffer =
        ByteBuffer.allocate(
            1
                + ByteUtils.sizeOfVarint(messageIndex)
                + ByteUtils.sizeOfVarint(origin.getPartition())
                + ByteUtils.sizeOfVarlong(origin.getOffset())
                + ByteUtils.sizeOfVarint(topic.length)
                + topic.length
                + ByteUtils.sizeOfVarint(signature.shingles())
                + ByteUtils.sizeOfVarint(size)
                + size * Short.BYTES);
    buffer.put(VERSION);
    ByteUtils.writeVarint(messageIndex, buffer);
    ByteUtils.writeVarint(origin.getPartition(), buffer);
    ByteUtils.writeVarlong(origin.getOffset(), buffer);
    ByteUtils.writeVarint(topic.length, buffer);
    buffer.put(topic);
    ByteUtils.writeVarint(signature.shingles(), buffer);
    ByteUtils.writeVarint(size, buffer);
    for (int i = 0; i < size; i++) {
      buffer.putShort((short) signature.minimum(i));
    }
    return buffer.array();
  }

  static LinkedStory decode(byte[] bytes) {
    return decode(ByteBuffer.wrap(bytes));
  }

  /** Reads one from the buffer's position on. */
  static LinkedStory decode(ByteBuffer buffer) {
    int length = buffer.remaining();
    try {
      byte version = buffer.get();
      if (version != VERSION && version != VERSION_32_BIT_MINIMA) {
        throw notLinkedStory(length);
      }
      int minimumBytes = version == VERSION ? Short.BYTES : Integer.BYTES;
      int messageIndex = ByteUtils.readVarint(buffer);
      int partition = ByteUtils.readVarint(buffer);
      long offset = ByteUtils.readVarlong(buffer);
      byte[] topic = new byte[checkedLength(ByteUtils.readVarint(buffer), buffer)];
      buffer.get(topic);
      int shingles = ByteUtils.readVarint(buffer);
      int size = ByteUtils.readVarint(buffer);
      if (size < 1 || size * (long) minimumBytes > buffer.remaining()) {
        throw notLinkedStory(length);
      }
      int[] minima = new int[size];
      for (int i = 0; i < size; i++) {
        int minimum = minimumBytes == Short.BYTES ? buffer.getShort() : buffer.getInt();
        minima[i] = minimum & Signature.MINIMUM_MASK;
      }
      return new LinkedStory(
          new Origin(new String(topic, StandardCharsets.UTF_8), partition, offset),
          messageIndex,
          new Signature(minima, shingles));
    } catch (BufferUnderflowException | IllegalArgumentException e) {
      throw notLinkedStory(length);
    }
  }

  private static int checkedLength(int length, ByteBuffer buffer) {
    if (length < 0 || length > buffer.remaining()) {
      throw new IllegalArgumentException("length " + length);
    }
    return length;
  }

  private static SerializationException notLinkedStory(int length) {
    return new SerializationException(
        "a link record of " + length + " bytes is not a signature record of version 1 or 2");
  }
}
