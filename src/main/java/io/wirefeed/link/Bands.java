package io.wirefeed.link;

import java.nio.ByteBuffer;
import org.apache.commons.codec.digest.MurmurHash3;

/**
 * Locality-sensitive hashing by bands: a signature's first bands x rows minima cut into bands, each
 * band reduced to one 64-bit key. Two signatures that agree on all rows of a band have the same key
 * for it; the band store finds candidates by key.
 */
public final class Bands {

  private static final int SEED = 0xBA4D_0015;

  private Bands() {}

  /** The key of each band, in band order. */
  public static long[] keys(Signature signature, int bands, int rows) {
    long[] keys = new long[bands];
    ByteBuffer buffer = ByteBuffer.allocate(rows * Integer.BYTES);
    for (int band = 0; band < bands; band++) {
      buffer.clear();
      for (int row = 0; row < rows; row++) {
        buffer.putInt(signature.minimum(band * rows + row));
      }
      keys[band] = MurmurHash3.hash128x64(buffer.array(), 0, buffer.capacity(), SEED + band)[0];
    }
    return keys;
  }
}
