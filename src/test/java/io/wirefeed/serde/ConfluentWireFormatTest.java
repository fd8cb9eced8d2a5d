package io.wirefeed.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirefeed.avro.Origin;
import io.wirefeed.avro.Story;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Byte-level checks of the Confluent wire format, on the in-memory registry. */
class ConfluentWireFormatTest {

  private static final String SCOPE = "wire-format-test";
  private static final Map<String, Object> CONFIG =
      Map.of(AvroSerdeConfig.SCHEMA_REGISTRY_URL, "mock://" + SCOPE);

  @AfterEach
  void dropRegistry() {
    SchemaRegistryClients.dropScope(SCOPE);
  }

  /** Always answers one id, to see its byte order in the output. */
  private static SchemaRegistryClient fixedId(int id, Schema schema) {
    return new SchemaRegistryClient() {
      @Override
      public int register(String subject, Schema s) {
        return id;
      }

      @Override
      public int lookupId(String subject, Schema s) {
        return id;
      }

      @Override
      public Schema schemaById(int requested) {
        return schema;
      }

      @Override
      public RegisteredSchema latest(String subject) {
        return new RegisteredSchema(id, 1, schema);
      }
    };
  }

  @Test
  void prefixIsMagicZeroThenBigEndianIdThenPlainAvroBinary() throws Exception {
    Origin origin = new Origin("wire.raw", 3, 42L);
    ConfluentAvroSerializer<Origin> serializer =
        new ConfluentAvroSerializer<>(
            fixedId(0x12345678, Origin.getClassSchema()), Map.of(), false);

    byte[] bytes = serializer.serialize("wire.stories", origin);

    assertThat(Arrays.copyOfRange(bytes, 0, 5)).containsExactly(0x00, 0x12, 0x34, 0x56, 0x78);
    assertThat(Arrays.copyOfRange(bytes, 5, bytes.length)).isEqualTo(avroBinary(origin));
  }

  @Test
  void storyBytesAreTheSpecificWritersBytesAfterThePrefix() throws Exception {
    Story story = Stories.story();
    ConfluentAvroSerializer<Story> serializer = new ConfluentAvroSerializer<>();
    serializer.configure(CONFIG, false);

    byte[] bytes = serializer.serialize("wire.stories", story);

    int id =
        SchemaRegistryClients.mockScope(SCOPE)
            .lookupId("wire.stories-value", Story.getClassSchema());
    assertThat(bytes[0]).isZero();
    assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(id);
    assertThat(Arrays.copyOfRange(bytes, 5, bytes.length)).isEqualTo(avroBinary(story));
  }

  @Test
  void handAssembledConfluentBytesDeserialize() {
    InMemorySchemaRegistryClient registry = SchemaRegistryClients.mockScope(SCOPE);
    registry.register("other-value", Schema.create(Schema.Type.LONG));
    int id = registry.register("wire.origins-value", Origin.getClassSchema());
    // As KafkaAvroSerializer writes Origin{topic="t", partition=3, offset=42}:
    // string "t" = zigzag length 1 (0x02) + 't'; int 3 = zigzag 0x06; long 42 = zigzag 0x54.
    byte[] confluent = {
      0x00,
      (byte) (id >>> 24),
      (byte) (id >>> 16),
      (byte) (id >>> 8),
      (byte) id,
      0x02,
      't',
      0x06,
      0x54
    };

    ConfluentAvroDeserializer<Origin> deserializer = new ConfluentAvroDeserializer<>(Origin.class);
    deserializer.configure(CONFIG, false);

    assertThat(deserializer.deserialize("wire.origins", confluent))
        .isEqualTo(new Origin("t", 3, 42L));
  }

  @Test
  void nullIsATombstoneBothWays() {
    ConfluentAvroSerde<Story> serde = ConfluentAvroSerde.forValues(Story.class, CONFIG);

    assertThat(serde.serializer().serialize("wire.stories", null)).isNull();
    assertThat(serde.deserializer().deserialize("wire.stories", null)).isNull();
  }

  @Test
  void badMagicByteFailsWithAClearSerializationException() {
    ConfluentAvroSerde<Story> serde = ConfluentAvroSerde.forValues(Story.class, CONFIG);

    assertThatThrownBy(
            () ->
                serde.deserializer().deserialize("wire.stories", new byte[] {0x7b, 0, 0, 0, 1, 2}))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("magic byte 0x7b")
        .hasMessageContaining("wire.stories");
  }

  @Test
  void shortBufferFailsWithAClearSerializationException() {
    ConfluentAvroSerde<Story> serde = ConfluentAvroSerde.forValues(Story.class, CONFIG);

    assertThatThrownBy(() -> serde.deserializer().deserialize("wire.stories", new byte[] {0, 0, 1}))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("3 bytes, shorter than the 5-byte");
  }

  @Test
  void unknownSchemaIdFailsWithTheId() {
    ConfluentAvroSerde<Story> serde = ConfluentAvroSerde.forValues(Story.class, CONFIG);

    assertThatThrownBy(
            () -> serde.deserializer().deserialize("wire.stories", new byte[] {0, 0, 0, 0, 99, 2}))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("writer schema id 99");
  }

  @Test
  void topLevelBytesAreWrittenRawWithoutLengthPrefix() {
    ConfluentAvroSerializer<Object> serializer = new ConfluentAvroSerializer<>();
    serializer.configure(CONFIG, false);
    byte[] payload = "raw wire text".getBytes(StandardCharsets.UTF_8);

    byte[] bytes = serializer.serialize("wire.raw", payload);

    assertThat(Arrays.copyOfRange(bytes, 5, bytes.length)).isEqualTo(payload);
    assertThat(SchemaRegistryClients.mockScope(SCOPE).latest("wire.raw-value").schema())
        .isEqualTo(Schema.create(Schema.Type.BYTES));
    assertThat(ConfluentAvroDeserializer.generic(CONFIG).deserialize("wire.raw", bytes))
        .isEqualTo(payload);
  }

  @Test
  void topLevelStringKeyRegistersTheStringSchemaUnderTheKeySubject() {
    ConfluentAvroSerializer<Object> serializer = new ConfluentAvroSerializer<>();
    serializer.configure(CONFIG, true);

    byte[] bytes = serializer.serialize("wire.stories", "hash-1");

    assertThat(Arrays.copyOfRange(bytes, 5, bytes.length))
        .containsExactly(0x0c, 'h', 'a', 's', 'h', '-', '1');
    assertThat(
            SchemaRegistryClients.mockScope(SCOPE).latest("wire.stories-key").schema().toString())
        .isEqualTo("\"string\"");
    assertThat(ConfluentAvroDeserializer.generic(CONFIG, true).deserialize("wire.stories", bytes))
        .isEqualTo("hash-1");
  }

  @Test
  void genericModeGivesGenericRecords() {
    ConfluentAvroSerde<Story> serde = ConfluentAvroSerde.forValues(Story.class, CONFIG);
    byte[] bytes = serde.serializer().serialize("wire.stories", Stories.story());

    Object read = ConfluentAvroDeserializer.generic(CONFIG).deserialize("wire.stories", bytes);

    assertThat(read).isInstanceOf(GenericRecord.class);
    assertThat(((GenericRecord) read).get("slug").toString()).isEqualTo("RUSSIA-NKOREA-SUMMIT");
  }

  @Test
  void specificAvroReaderFindsTheGeneratedClass() {
    ConfluentAvroSerde<Story> serde = ConfluentAvroSerde.forValues(Story.class, CONFIG);
    byte[] bytes = serde.serializer().serialize("wire.stories", Stories.story());
    ConfluentAvroDeserializer<Object> deserializer = new ConfluentAvroDeserializer<>();
    deserializer.configure(
        Map.of(
            AvroSerdeConfig.SCHEMA_REGISTRY_URL,
            "mock://" + SCOPE,
            AvroSerdeConfig.SPECIFIC_AVRO_READER,
            "true"),
        false);

    assertThat(deserializer.deserialize("wire.stories", bytes)).isEqualTo(Stories.story());
  }

  @Test
  void schemaIdInAHeaderIsRead() {
    ConfluentAvroSerde<Story> serde = ConfluentAvroSerde.forValues(Story.class, CONFIG);
    byte[] prefixed = serde.serializer().serialize("wire.stories", Stories.story());
    RecordHeaders headers = new RecordHeaders();
    headers.add(ConfluentWireFormat.VALUE_SCHEMA_ID_HEADER, Arrays.copyOfRange(prefixed, 0, 5));

    Story read =
        serde
            .deserializer()
            .deserialize("wire.stories", headers, Arrays.copyOfRange(prefixed, 5, prefixed.length));

    assertThat(read).isEqualTo(Stories.story());
  }

  @Test
  void schemaGuidInAHeaderFailsClearly() {
    ConfluentAvroSerde<Story> serde = ConfluentAvroSerde.forValues(Story.class, CONFIG);
    RecordHeaders headers = new RecordHeaders();
    byte[] guid = new byte[17];
    guid[0] = 0x01;
    headers.add(ConfluentWireFormat.VALUE_SCHEMA_ID_HEADER, guid);

    assertThatThrownBy(() -> serde.deserializer().deserialize("wire.stories", headers, new byte[3]))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("GUID");
  }

  private static byte[] avroBinary(Object record) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
    new SpecificDatumWriter<>(((org.apache.avro.specific.SpecificRecord) record).getSchema())
        .write(record, encoder);
    encoder.flush();
    return out.toByteArray();
  }
}
