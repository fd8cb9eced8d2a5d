package io.wirefeed.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Sends raw wire messages to the raw topic, keyed by their name, with an idempotent producer: a
 * failed send stops with the message it was on, never a silent gap.
 */
final class FeedProducer {

  private FeedProducer() {}

  /** Sends every message and returns where each landed, in feed order. */
  static List<RecordMetadata> send(
      String bootstrapServers, String topic, List<FeedMessage> messages, int maxRequestBytes)
      throws InterruptedException {
    Properties properties = new Properties();
    properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    properties.put(ProducerConfig.ACKS_CONFIG, "all");
    properties.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, maxRequestBytes);
    List<Future<RecordMetadata>> sends = new ArrayList<>();
    try (var producer =
        new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer())) {
      for (FeedMessage message : messages) {
        byte[] key = message.name().getBytes(StandardCharsets.UTF_8);
        sends.add(producer.send(new ProducerRecord<>(topic, key, message.bytes())));
      }
      producer.flush();
      List<RecordMetadata> landed = new ArrayList<>();
      for (int i = 0; i < sends.size(); i++) {
        try {
          landed.add(sends.get(i).get());
        } catch (ExecutionException e) {
          throw new IllegalStateException(
              "sending " + messages.get(i).name() + " to " + topic + " failed: " + e.getCause(), e);
        }
      }
      return landed;
    }
  }
}
