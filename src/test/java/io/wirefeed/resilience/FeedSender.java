package io.wirefeed.resilience;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Sends the feed to {@code wire.raw} on its own thread, spread evenly over a duration, so that the
 * damage a test does lands while records are flowing. Idempotent and acks=all: a gap in the input
 * would look like a loss.
 */
final class FeedSender {

  private final CompletableFuture<List<RecordMetadata>> sent;

  private FeedSender(CompletableFuture<List<RecordMetadata>> sent) {
    this.sent = sent;
  }

  static FeedSender start(Map<String, Object> clientConfig, List<byte[]> feed, Duration spread) {
    Properties properties = new Properties();
    properties.putAll(clientConfig);
    properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    properties.put(ProducerConfig.ACKS_CONFIG, "all");
    properties.put(ProducerConfig.LINGER_MS_CONFIG, 20);
    // Rides out a broker restart instead of failing the send.
    properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 300_000);
    return new FeedSender(
        CompletableFuture.supplyAsync(
            () -> send(properties, feed, spread.toNanos() / Math.max(1, feed.size()))));
  }

  /** Where each message landed, in feed order; waits for the last send. */
  List<RecordMetadata> landed(Duration timeout) throws Exception {
    return sent.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  boolean isDone() {
    return sent.isDone();
  }

  private static List<RecordMetadata> send(
      Properties properties, List<byte[]> feed, long gapNanos) {
    List<Future<RecordMetadata>> sends = new ArrayList<>(feed.size());
    try (var producer =
        new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer())) {
      long next = System.nanoTime();
      for (int i = 0; i < feed.size(); i++) {
        next += gapNanos;
        LockSupport.parkNanos(next - System.nanoTime());
        byte[] key = ("m" + i).getBytes(StandardCharsets.UTF_8);
        sends.add(producer.send(new ProducerRecord<>("wire.raw", key, feed.get(i))));
      }
      producer.flush();
      List<RecordMetadata> landed = new ArrayList<>(feed.size());
      for (Future<RecordMetadata> send : sends) {
        landed.add(send.get());
      }
      return landed;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while sending the feed", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("sending the feed failed: " + e.getCause(), e);
    }
  }
}
