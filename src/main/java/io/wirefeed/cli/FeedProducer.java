package io.wirefeed.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Sends raw wire messages to the raw topic with an idempotent producer ({@code acks=all}): a failed
 * send stops with the message it was on, never a silent gap.
 */
final class FeedProducer implements AutoCloseable {

  /** The first send that failed, by the name of its message. */
  private record Failure(String name, Exception error) {}

  private final KafkaProducer<byte[], byte[]> producer;
  private final String topic;
  private final AtomicReference<Failure> firstFailure = new AtomicReference<>();

  /**
   * @param clientProperties bootstrap servers, security and timeouts; ours override idempotence
   */
  FeedProducer(Map<String, Object> clientProperties, String topic, int maxRequestBytes) {
    Map<String, Object> properties = new HashMap<>(clientProperties);
    properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    properties.put(ProducerConfig.ACKS_CONFIG, "all");
    properties.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, maxRequestBytes);
    this.producer =
        new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer());
    this.topic = topic;
  }

  /** Sends every message and returns where each landed, in feed order. */
  static List<RecordMetadata> send(
      String bootstrapServers, String topic, List<FeedMessage> messages, int maxRequestBytes)
      throws InterruptedException {
    List<Future<RecordMetadata>> sends = new ArrayList<>();
    try (var feed =
        new FeedProducer(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
            topic,
            maxRequestBytes)) {
      for (FeedMessage message : messages) {
        sends.add(feed.send(message, message.name()));
      }
      feed.flush();
      List<RecordMetadata> landed = new ArrayList<>();
      for (Future<RecordMetadata> send : sends) {
        try {
          landed.add(send.get());
        } catch (ExecutionException e) {
          throw new IllegalStateException("a send failed after flush: " + e.getCause(), e);
        }
      }
      return landed;
    }
  }

  /**
   * Sends one message, keyed by {@code key} (null for none).
   *
   * @throws IllegalStateException naming the message of an earlier send that failed
   */
  Future<RecordMetadata> send(FeedMessage message, String key) {
    throwIfFailed();
    byte[] keyBytes = key == null ? null : key.getBytes(StandardCharsets.UTF_8);
    return producer.send(
        new ProducerRecord<>(topic, keyBytes, message.bytes()),
        (metadata, error) -> {
          if (error != null) {
            firstFailure.compareAndSet(null, new Failure(message.name(), error));
          }
        });
  }

  /** Waits for every send; throws for the first that failed. */
  void flush() {
    producer.flush();
    throwIfFailed();
  }

  private void throwIfFailed() {
    Failure failure = firstFailure.get();
    if (failure != null) {
      throw new IllegalStateException(
          "sending "
              + failure.name()
              + " to "
              + topic
              + " failed, replay stopped there: "
              + failure.error().getMessage(),
          failure.error());
    }
  }

  @Override
  public void close() {
    producer.close();
  }
}
