package io.wirefeed.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.avro.Block;
import io.wirefeed.avro.BlockKind;
import io.wirefeed.avro.Origin;
import io.wirefeed.avro.Story;
import io.wirefeed.avro.WireFormat;
import io.wirefeed.serde.ConfluentAvroSerde;
import io.wirefeed.serde.SchemaRegistryClients;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DuplicateSourceTest {

  private final String scope = "duplicate-source-" + UUID.randomUUID();
  private final Map<String, String> serdeConfig =
      Map.of("schema.registry.url", SchemaRegistryClients.MOCK_SCHEME + scope);

  @AfterEach
  void dropRegistry() {
    SchemaRegistryClients.dropScope(scope);
  }

  @Test
  void readsTheDuplicateRecordsFieldsFromThePublishedBytes() {
    Story story =
        Story.newBuilder()
            .setContentHash("cd".repeat(32))
            .setFormat(WireFormat.ANPA_1312)
            .setAgency("AP")
            .setSlug("BC-FLOODS")
            .setHeadline("Floods cut off villages")
            .setBody(List.of(new Block(BlockKind.PARAGRAPH, "A body the projection skips.")))
            .setWordCount(5)
            .setCharset("UTF-8")
            .setReceivedAt(Instant.ofEpochMilli(1_700_000_000_123L))
            .setOrigin(new Origin("wire.raw", 3, 77L))
            .setMessageIndex(2)
            .build();
    byte[] published =
        ConfluentAvroSerde.forValues(Story.class, serdeConfig)
            .serializer()
            .serialize("wire.stories", story);

    DuplicateSource read =
        DuplicateSource.deserializer(serdeConfig).deserialize("wire.stories", published);

    assertThat(read)
        .isEqualTo(
            new DuplicateSource(
                "cd".repeat(32),
                new Origin("wire.raw", 3, 77L),
                Instant.ofEpochMilli(1_700_000_000_123L),
                2,
                "AP",
                "BC-FLOODS",
                "Floods cut off villages"));
  }

  @Test
  void theProjectionKeepsOnlyWhatTheDuplicateRecordNeeds() {
    assertThat(DuplicateSource.PROJECTION.getFullName()).isEqualTo("io.wirefeed.avro.Story");
    assertThat(DuplicateSource.PROJECTION.getFields())
        .extracting(field -> field.name())
        .doesNotContain("body", "notes", "keywords")
        .hasSize(7);
  }
}
