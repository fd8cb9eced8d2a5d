package io.wirefeed.topology;

import io.wirefeed.link.Bands;
import io.wirefeed.link.LinkSettings;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * Sends a story's band record to every partition that owns one of its bands (Kafka Streams'
 * multicast, KIP-837): one record per partition, not one per band, so a story costs at most {@code
 * min(bands, partitions)} records however many bands it has. A band's partition depends only on its
 * key, so all stories that share a band meet in the same task.
 */
final class BandPartitioner implements StreamPartitioner<String, byte[]> {

  private static final Set<Integer> ONLY_PARTITION = Set.of(0);

  private final LinkSettings settings;

  BandPartitioner(LinkSettings settings) {
    this.settings = settings;
  }

  /** The partition that owns a band key. */
  static int partitionOf(long bandKey, int partitions) {
    return (int) Long.remainderUnsigned(bandKey, partitions);
  }

  @Override
  public Optional<Set<Integer>> partitions(
      String topic, String contentHash, byte[] linkedStory, int numPartitions) {
    if (numPartitions == 1) {
      // The default: every band on it, so the record is not decoded here; the link task drops a
      // signature of another size itself.
      return Optional.of(ONLY_PARTITION);
    }
    var signature = LinkedStory.decode(linkedStory).signature();
    if (signature.size() != settings.signatureSize()) {
      // Signed before link.signature.size changed: comparable with nothing stored now, dropped.
      return Optional.of(Set.of());
    }
    long[] keys = Bands.keys(signature, settings.bands(), settings.rows());
    Set<Integer> partitions = new HashSet<>();
    for (long key : keys) {
      partitions.add(partitionOf(key, numPartitions));
    }
    return Optional.of(partitions);
  }
}
