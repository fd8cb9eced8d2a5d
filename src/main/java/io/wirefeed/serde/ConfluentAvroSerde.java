package io.wirefeed.serde;

import java.util.Map;
import java.util.Objects;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Serde of a generated Avro class in Confluent's wire format. Serializer and deserializer share one
 * registry client, so each schema is fetched or registered once.
 */
public final class ConfluentAvroSerde<T extends SpecificRecord> implements Serde<T> {

  private final Class<T> type;
  private final SchemaRegistryClient givenClient;
  private final ConfluentAvroSerializer<T> serializer;
  private final ConfluentAvroDeserializer<T> deserializer;

  public ConfluentAvroSerde(Class<T> type) {
    this(type, null);
  }

  /** With a client given, the registry URL may be left out of the config. */
  public ConfluentAvroSerde(Class<T> type, SchemaRegistryClient client) {
    this.type = Objects.requireNonNull(type, "type");
    this.givenClient = client;
    this.serializer = new ConfluentAvroSerializer<>(client);
    this.deserializer = new ConfluentAvroDeserializer<>(client, type);
  }

  public static <T extends SpecificRecord> ConfluentAvroSerde<T> forValues(
      Class<T> type, Map<String, ?> config) {
    return configured(type, config, false);
  }

  public static <T extends SpecificRecord> ConfluentAvroSerde<T> forKeys(
      Class<T> type, Map<String, ?> config) {
    return configured(type, config, true);
  }

  private static <T extends SpecificRecord> ConfluentAvroSerde<T> configured(
      Class<T> type, Map<String, ?> config, boolean isKey) {
    ConfluentAvroSerde<T> serde = new ConfluentAvroSerde<>(type);
    serde.configure(config, isKey);
    return serde;
  }

  public Class<T> type() {
    return type;
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    AvroSerdeConfig parsed = AvroSerdeConfig.forSerde(configs, givenClient);
    SchemaRegistryClient client = SchemaRegistryClients.givenOr(givenClient, parsed);
    serializer.configure(parsed, isKey, client);
    deserializer.configure(parsed, isKey, client);
  }

  @Override
  public Serializer<T> serializer() {
    return serializer;
  }

  @Override
  public Deserializer<T> deserializer() {
    return deserializer;
  }
}
