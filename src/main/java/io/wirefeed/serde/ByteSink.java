package io.wirefeed.serde;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * A growable byte buffer for one serialized record. Unlike {@link java.io.ByteArrayOutputStream}
 * its writes take no lock, and it starts at the size the caller expects, so a story is written into
 * one array that rarely grows and is copied once at the end.
 */
final class ByteSink extends OutputStream {

  private byte[] bytes;
  private int size;

  ByteSink(int expectedSize) {
    bytes = new byte[Math.max(16, expectedSize)];
  }

  @Override
  public void write(int b) {
    ensureRoom(1);
    bytes[size++] = (byte) b;
  }

  @Override
  public void write(byte[] source, int offset, int length) {
    ensureRoom(length);
    System.arraycopy(source, offset, bytes, size, length);
    size += length;
  }

  void writeInt(int value) {
    ensureRoom(4);
    bytes[size++] = (byte) (value >>> 24);
    bytes[size++] = (byte) (value >>> 16);
    bytes[size++] = (byte) (value >>> 8);
    bytes[size++] = (byte) value;
  }

  int size() {
    return size;
  }

  byte[] toByteArray() {
    return Arrays.copyOf(bytes, size);
  }

  private void ensureRoom(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(size + more, bytes.length * 2));
    }
  }
}
