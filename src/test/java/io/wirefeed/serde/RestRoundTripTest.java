package io.wirefeed.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirefeed.avro.Origin;
import io.wirefeed.avro.Story;
import io.wirefeed.embedded.EmbeddedSchemaRegistry;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The serde through the REST client against the embedded registry. */
class RestRoundTripTest {

  private static final String TOPIC = "wire.stories";

  private EmbeddedSchemaRegistry registry;

  @BeforeEach
  void startRegistry() {
    registry = EmbeddedSchemaRegistry.start("127.0.0.1", 0);
  }

  @AfterEach
  void stopRegistry() {
    registry.close();
  }

  private Map<String, Object> config(Object... keyValues) {
    Map<String, Object> config = new HashMap<>();
    config.put(AvroSerdeConfig.SCHEMA_REGISTRY_URL, registry.url());
    for (int i = 0; i < keyValues.length; i += 2) {
      config.put((String) keyValues[i], keyValues[i + 1]);
    }
    return config;
  }

  private static int idOf(byte[] bytes) {
    return ByteBuffer.wrap(bytes, 1, 4).getInt();
  }

  @Test
  void storyRoundTripsThroughTheRegistry() {
    ConfluentAvroSerde<Story> serde = ConfluentAvroSerde.forValues(Story.class, config());

    byte[] bytes = serde.serializer().serialize(TOPIC, Stories.story());
    Story read =
        ConfluentAvroSerde.forValues(Story.class, config())
            .deserializer()
            .deserialize(TOPIC, bytes);

    assertThat(read).isEqualTo(Stories.story());
    assertThat(registry.store().subjects()).containsExactly(TOPIC + "-value");
    assertThat(registry.store().schemaById(idOf(bytes))).isEqualTo(Story.getClassSchema());
  }

  @Test
  void idsAreGlobalAndReRegisteringReturnsTheSameId() {
    RestSchemaRegistryClient client = RestSchemaRegistryClient.forUrl(registry.url());
    int first = client.register("a-value", Origin.getClassSchema());
    int other = client.register("b-value", Origin.getClassSchema());
    int again =
        RestSchemaRegistryClient.forUrl(registry.url())
            .register("a-value", Origin.getClassSchema());

    assertThat(other).isEqualTo(first);
    assertThat(again).isEqualTo(first);
    assertThat(registry.store().versions("a-value")).containsExactly(1);
    assertThat(client.lookupId("b-value", Origin.getClassSchema())).isEqualTo(first);
    assertThat(RestSchemaRegistryClient.forUrl(registry.url()).schemaById(first))
        .isEqualTo(Origin.getClassSchema());
  }

  @Test
  void withoutAutoRegisterAnUnregisteredSchemaFailsClearly() {
    ConfluentAvroSerde<Story> serde =
        ConfluentAvroSerde.forValues(
            Story.class, config(AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, false));

    assertThatThrownBy(() -> serde.serializer().serialize(TOPIC, Stories.story()))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("wire.stories-value")
        .hasMessageContaining("40401")
        .cause()
        .isInstanceOfSatisfying(
            SchemaRegistryException.class, e -> assertThat(e.httpStatus()).isEqualTo(404));
  }

  @Test
  void withoutAutoRegisterARegisteredSchemaIsLookedUp() {
    int id =
        RestSchemaRegistryClient.forUrl(registry.url())
            .register(TOPIC + "-value", Story.getClassSchema());
    ConfluentAvroSerde<Story> serde =
        ConfluentAvroSerde.forValues(
            Story.class, config(AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, "false"));

    assertThat(idOf(serde.serializer().serialize(TOPIC, Stories.story()))).isEqualTo(id);
  }

  @Test
  void useLatestVersionWritesWithTheLatestSchemaAndItsId() {
    Schema v2 =
        Stories.storySchemaWithField(
            "{\"name\":\"reviewLevel\",\"type\":[\"null\",\"int\"],\"default\":null}");
    RestSchemaRegistryClient admin = RestSchemaRegistryClient.forUrl(registry.url());
    admin.register(TOPIC + "-value", Story.getClassSchema());
    int latestId = admin.register(TOPIC + "-value", v2);
    ConfluentAvroSerde<Story> serde =
        ConfluentAvroSerde.forValues(
            Story.class,
            config(
                AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, false,
                AvroSerdeConfig.USE_LATEST_VERSION, true));

    byte[] bytes = serde.serializer().serialize(TOPIC, Stories.story());

    assertThat(idOf(bytes)).isEqualTo(latestId);
    GenericRecord asV2 =
        (GenericRecord) ConfluentAvroDeserializer.generic(config()).deserialize(TOPIC, bytes);
    assertThat(asV2.get("reviewLevel")).isNull();
    assertThat(asV2.get("slug").toString()).isEqualTo("RUSSIA-NKOREA-SUMMIT");
    assertThat(serde.deserializer().deserialize(TOPIC, bytes)).isEqualTo(Stories.story());
  }

  @Test
  void aReaderWithANewNullableFieldReadsOldBytes() {
    byte[] oldBytes =
        ConfluentAvroSerde.forValues(Story.class, config())
            .serializer()
            .serialize(TOPIC, Stories.story());
    Schema v2 =
        Stories.storySchemaWithField(
            "{\"name\":\"reviewLevel\",\"type\":[\"null\",\"int\"],\"default\":null}");

    GenericRecord read =
        (GenericRecord)
            ConfluentAvroDeserializer.withReaderSchema(v2, config()).deserialize(TOPIC, oldBytes);

    assertThat(read.get("reviewLevel")).isNull();
    assertThat(read.get("headline").toString()).startsWith("N.Korea’s Kim");
  }

  @Test
  void anOldReaderReadsBytesOfANewerWriter() {
    Schema v2 =
        Stories.storySchemaWithField(
            "{\"name\":\"reviewLevel\",\"type\":[\"null\",\"int\"],\"default\":null}");
    Story story = Stories.story();
    GenericRecord newer = Stories.asGeneric(story, v2);
    newer.put("reviewLevel", 1);
    byte[] bytes =
        new ConfluentAvroSerializer<GenericRecord>(
                SchemaRegistryClients.forUrl(registry.url()), config(), false)
            .serialize(TOPIC, newer);

    Story read =
        ConfluentAvroSerde.forValues(Story.class, config())
            .deserializer()
            .deserialize(TOPIC, bytes);

    assertThat(read).isEqualTo(story);
  }

  @Test
  void anIncompatibleSchemaIsRefusedWith409() {
    ConfluentAvroSerde.forValues(Story.class, config())
        .serializer()
        .serialize(TOPIC, Stories.story());
    Schema incompatible =
        Stories.storySchemaWithField("{\"name\":\"reviewRank\",\"type\":\"int\"}");
    GenericRecord record = new GenericData.Record(incompatible);
    ConfluentAvroSerializer<GenericRecord> serializer =
        new ConfluentAvroSerializer<>(
            SchemaRegistryClients.forUrl(registry.url()), config(), false);

    assertThatThrownBy(() -> serializer.serialize(TOPIC, record))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("HTTP 409")
        .cause()
        .isInstanceOfSatisfying(
            SchemaRegistryException.class, e -> assertThat(e.httpStatus()).isEqualTo(409));
  }

  @Test
  void removingJavaPropertiesRegistersAnotherSchemaWithTheSameBytes() {
    byte[] withProps =
        ConfluentAvroSerde.forValues(Story.class, config())
            .serializer()
            .serialize("with-props", Stories.story());
    byte[] without =
        ConfluentAvroSerde.forValues(
                Story.class, config(AvroSerdeConfig.AVRO_REMOVE_JAVA_PROPERTIES, true))
            .serializer()
            .serialize("without-props", Stories.story());

    String withText = registry.store().schemaById(idOf(withProps)).toString();
    String withoutText = registry.store().schemaById(idOf(without)).toString();
    assertThat(idOf(without)).isNotEqualTo(idOf(withProps));
    assertThat(withText).contains("avro.java.string");
    assertThat(withoutText).doesNotContain("avro.java.string");
    assertThat(java.util.Arrays.copyOfRange(without, 5, without.length))
        .isEqualTo(java.util.Arrays.copyOfRange(withProps, 5, withProps.length));
    assertThat(
            ConfluentAvroSerde.forValues(Story.class, config())
                .deserializer()
                .deserialize("without-props", without))
        .isEqualTo(Stories.story());
  }

  @Test
  void failsOverToTheNextUrlWhenOneCannotBeReached() {
    String deadUrl;
    try (EmbeddedSchemaRegistry stopped = EmbeddedSchemaRegistry.start("127.0.0.1", 0)) {
      deadUrl = stopped.url();
    }
    RestSchemaRegistryClient client =
        RestSchemaRegistryClient.forUrl(deadUrl + "," + registry.url());

    assertThat(client.register("x-value", Origin.getClassSchema())).isPositive();
  }

  @Test
  void recordNameStrategyUsesTheRecordsFullName() {
    ConfluentAvroSerde<Story> serde =
        ConfluentAvroSerde.forValues(
            Story.class,
            config(
                AvroSerdeConfig.VALUE_SUBJECT_NAME_STRATEGY,
                "io.confluent.kafka.serializers.subject.RecordNameStrategy"));

    serde.serializer().serialize(TOPIC, Stories.story());

    assertThat(registry.store().subjects()).containsExactly("io.wirefeed.avro.Story");
  }
}
