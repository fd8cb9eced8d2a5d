package io.wirefeed.serde;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes Avro in Confluent's wire format, byte for byte as Confluent's KafkaAvroSerializer: {@code
 * 0x00}, the schema id (big-endian int), the Avro binary datum. Takes specific records, generic
 * records and top-level primitives; a top-level {@code bytes} value is written raw, as Confluent's.
 */
public class ConfluentAvroSerializer<T> extends RegistryBoundSerde implements Serializer<T> {

  private record SchemaRef(int id, Schema writerSchema) {}

  private record SubjectSchema(String subject, Schema schema) {}

  private record CachedLatest(RegisteredSchema latest, long fetchedAtMillis) {}

  private final Map<Schema, Schema> registrableSchemas = new ConcurrentHashMap<>();
  private final Map<SubjectSchema, SchemaRef> refs = new ConcurrentHashMap<>();
  private final Map<String, CachedLatest> latestBySubject = new ConcurrentHashMap<>();
  private final Map<Schema, DatumWriter<Object>> writers = new ConcurrentHashMap<>();

  /** Whether two schemas encode alike, judged once per pair: the check parses both schemas. */
  private final Map<SchemaPair, Boolean> sameEncodings = new ConcurrentHashMap<>();

  private volatile int expectedSize = 256;

  /** For Kafka's reflective instantiation: {@link #configure} creates the registry client. */
  public ConfluentAvroSerializer() {
    super(null);
  }

  /** Uses the given client; the registry URL may then be left out of the config. */
  public ConfluentAvroSerializer(SchemaRegistryClient client) {
    super(client);
  }

  public ConfluentAvroSerializer(
      SchemaRegistryClient client, Map<String, ?> configs, boolean isKey) {
    this(client);
    configure(configs, isKey);
  }

  @Override
  public byte[] serialize(String topic, T data) {
    if (data == null) {
      return null;
    }
    if (config == null) {
      throw new IllegalStateException("ConfluentAvroSerializer used before configure()");
    }
    Schema ownSchema = AvroSchemas.schemaOf(data);
    Schema registrable = registrableSchemas.computeIfAbsent(ownSchema, this::registrable);
    String subject = config.subjectNameStrategy(isKey).subject(topic, isKey, registrable);
    SchemaRef ref;
    try {
      ref = refFor(subject, registrable);
    } catch (SchemaRegistryException e) {
      throw new SerializationException(
          "Cannot serialize the "
              + (isKey ? "key" : "value")
              + " for topic '"
              + topic
              + "' with schema "
              + registrable.getFullName()
              + " under subject '"
              + subject
              + "': "
              + e.getMessage(),
          e);
    }
    try {
      ByteSink out = new ByteSink(expectedSize);
      out.write(ConfluentWireFormat.MAGIC_BYTE);
      out.writeInt(ref.id());
      if (ownSchema.getType() == Schema.Type.BYTES) {
        out.write(rawBytes(data));
      } else {
        encode(data, ownSchema, ref.writerSchema(), out);
      }
      // Racy on purpose: any recent size is a good first guess for the next record.
      expectedSize = out.size() + out.size() / 8;
      return out.toByteArray();
    } catch (IOException | AvroRuntimeException | ClassCastException e) {
      throw new SerializationException(
          "Cannot encode the " + (isKey ? "key" : "value") + " for topic '" + topic + "' as Avro",
          e);
    }
  }

  private Schema registrable(Schema ownSchema) {
    return config.removeJavaProperties() ? AvroSchemas.withoutJavaProperties(ownSchema) : ownSchema;
  }

  private SchemaRef refFor(String subject, Schema registrable) {
    if (config.autoRegisterSchemas()) {
      return refs.computeIfAbsent(
          new SubjectSchema(subject, registrable),
          key -> new SchemaRef(client.register(subject, registrable), registrable));
    }
    if (config.useLatestVersion()) {
      RegisteredSchema latest = latest(subject);
      // As Confluent's strict check: the registered latest must be able to read what we write.
      if (SchemaCompatibility.checkReaderWriterCompatibility(latest.schema(), registrable).getType()
          != SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
        throw new SchemaRegistryException(
            409,
            SchemaRegistryException.INCOMPATIBLE_SCHEMA,
            "the latest version (id "
                + latest.id()
                + ") cannot read data written with this schema");
      }
      return new SchemaRef(latest.id(), latest.schema());
    }
    return refs.computeIfAbsent(
        new SubjectSchema(subject, registrable),
        key -> new SchemaRef(client.lookupId(subject, registrable), registrable));
  }

  private RegisteredSchema latest(String subject) {
    long now = System.currentTimeMillis();
    long ttlMillis = config.latestCacheTtl().toMillis();
    CachedLatest cached = latestBySubject.get(subject);
    if (cached == null || (ttlMillis >= 0 && now - cached.fetchedAtMillis() > ttlMillis)) {
      cached = new CachedLatest(client.latest(subject), now);
      latestBySubject.put(subject, cached);
    }
    return cached.latest();
  }

  private void encode(Object data, Schema ownSchema, Schema writerSchema, ByteSink out)
      throws IOException {
    if (writerSchema.equals(ownSchema)
        || sameEncodings.computeIfAbsent(
            new SchemaPair(ownSchema, writerSchema), pair -> sameEncoding(pair.a(), pair.b()))) {
      write(data, ownSchema, out);
      return;
    }
    // use.latest.version picked another schema: re-encode so the bytes match the id we announce.
    ByteSink own = new ByteSink(expectedSize);
    write(data, ownSchema, own);
    GenericDatumReader<Object> reader =
        new GenericDatumReader<>(ownSchema, writerSchema, GenericData.get());
    Object resolved =
        reader.read(null, DecoderFactory.get().binaryDecoder(own.toByteArray(), null));
    write(resolved, writerSchema, out);
  }

  private record SchemaPair(Schema a, Schema b) {}

  private static boolean sameEncoding(Schema a, Schema b) {
    return AvroSchemas.withoutJavaProperties(a).equals(AvroSchemas.withoutJavaProperties(b));
  }

  private void write(Object datum, Schema schema, ByteSink out) throws IOException {
    DatumWriter<Object> writer =
        writers.computeIfAbsent(
            schema,
            s ->
                datum instanceof SpecificRecord
                    ? new SpecificDatumWriter<>(s)
                    : new GenericDatumWriter<>(s, GenericData.get()));
    // Direct: the sink is already a buffer, so a buffering encoder would only copy twice.
    writer.write(datum, EncoderFactory.get().directBinaryEncoder(out, null));
  }

  private static byte[] rawBytes(Object data) {
    if (data instanceof byte[] bytes) {
      return bytes;
    }
    ByteBuffer buffer = ((ByteBuffer) data).duplicate();
    byte[] bytes = new byte[buffer.remaining()];
    buffer.get(bytes);
    return bytes;
  }
}
