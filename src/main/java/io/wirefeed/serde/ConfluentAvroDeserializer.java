package io.wirefeed.serde;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads Confluent's wire format: fetches the writer schema by id (cached), then decodes with Avro's
 * schema resolution into the given specific class (or the writer's generated class with {@code
 * specific.avro.reader=true}), else into {@code GenericRecord}s. A top-level {@code bytes} value
 * comes back raw as {@code byte[]}, a top-level {@code string} as {@code String}.
 */
public class ConfluentAvroDeserializer<T> extends RegistryBoundSerde implements Deserializer<T> {

  private final Class<?> readerClass;
  private Schema readerSchema;
  private final Map<Integer, DatumReader<Object>> readersByWriterId = new ConcurrentHashMap<>();

  /** For Kafka's reflective instantiation: generic unless {@code specific.avro.reader=true}. */
  public ConfluentAvroDeserializer() {
    this(null, null);
  }

  /** Reads into this generated class, resolving from whatever writer schema the record has. */
  public ConfluentAvroDeserializer(Class<T> readerClass) {
    this(null, readerClass);
  }

  /** Uses the given client; the registry URL may then be left out of the config. */
  public ConfluentAvroDeserializer(SchemaRegistryClient client, Class<T> readerClass) {
    super(client);
    this.readerClass = readerClass;
  }

  /** A configured value deserializer giving {@code GenericRecord}s (or primitives). */
  public static ConfluentAvroDeserializer<Object> generic(Map<String, ?> configs) {
    return generic(configs, false);
  }

  public static ConfluentAvroDeserializer<Object> generic(Map<String, ?> configs, boolean isKey) {
    ConfluentAvroDeserializer<Object> deserializer = new ConfluentAvroDeserializer<>();
    Map<String, Object> genericConfig = new HashMap<>(configs);
    genericConfig.put(AvroSerdeConfig.SPECIFIC_AVRO_READER, false);
    deserializer.configure(genericConfig, isKey);
    return deserializer;
  }

  /**
   * A value deserializer giving {@code GenericRecord}s resolved to this reader schema, e.g. a newer
   * version of a record reading older data.
   */
  public static ConfluentAvroDeserializer<Object> withReaderSchema(
      Schema readerSchema, Map<String, ?> configs) {
    ConfluentAvroDeserializer<Object> deserializer = new ConfluentAvroDeserializer<>();
    deserializer.readerSchema = readerSchema;
    deserializer.configure(configs, false);
    return deserializer;
  }

  @Override
  public T deserialize(String topic, byte[] data) {
    return deserialize(topic, null, data);
  }

  @Override
  @SuppressWarnings("unchecked")
  public T deserialize(String topic, Headers headers, byte[] data) {
    if (data == null) {
      return null;
    }
    if (config == null) {
      throw new IllegalStateException("ConfluentAvroDeserializer used before configure()");
    }
    ConfluentWireFormat.Framed framed = ConfluentWireFormat.unframe(topic, isKey, headers, data);
    Schema writer = writerSchema(topic, framed.schemaId());
    ByteBuffer payload = framed.payload();
    if (writer.getType() == Schema.Type.BYTES) {
      byte[] raw = new byte[payload.remaining()];
      payload.get(raw);
      return (T) raw;
    }
    try {
      Object datum =
          reader(framed.schemaId(), writer)
              .read(
                  null,
                  DecoderFactory.get()
                      .binaryDecoder(
                          payload.array(),
                          payload.arrayOffset() + payload.position(),
                          payload.remaining(),
                          null));
      return (T) (writer.getType() == Schema.Type.STRING ? datum.toString() : datum);
    } catch (IOException | AvroRuntimeException | IndexOutOfBoundsException e) {
      throw new SerializationException(
          "Cannot decode the "
              + part()
              + " from topic '"
              + topic
              + "' with writer schema id "
              + framed.schemaId()
              + ": "
              + e.getMessage(),
          e);
    }
  }

  private Schema writerSchema(String topic, int id) {
    try {
      return client.schemaById(id);
    } catch (SchemaRegistryException e) {
      throw new SerializationException(
          "Cannot deserialize the "
              + part()
              + " from topic '"
              + topic
              + "': writer schema id "
              + id
              + " is not available: "
              + e.getMessage(),
          e);
    }
  }

  private DatumReader<Object> reader(int writerId, Schema writer) {
    return readersByWriterId.computeIfAbsent(writerId, id -> newReader(writer));
  }

  private DatumReader<Object> newReader(Schema writer) {
    if (readerSchema != null) {
      return new GenericDatumReader<>(writer, readerSchema, GenericData.get());
    }
    if (!isNamed(writer)) {
      return new GenericDatumReader<>(writer, writer, GenericData.get());
    }
    Class<?> target = readerClass;
    if (target == null && config.specificAvroReader()) {
      target = SpecificData.get().getClass(writer);
      if (target == null) {
        throw new SerializationException(
            "specific.avro.reader=true but no generated class "
                + writer.getFullName()
                + " is on the classpath");
      }
    }
    if (target == null) {
      return new GenericDatumReader<>(writer, writer, GenericData.get());
    }
    SpecificData model = SpecificData.getForClass(target);
    return new SpecificDatumReader<>(writer, model.getSchema(target), model);
  }

  private static boolean isNamed(Schema schema) {
    return switch (schema.getType()) {
      case RECORD, ENUM, FIXED -> true;
      default -> false;
    };
  }

  private String part() {
    return isKey ? "key" : "value";
  }
}
