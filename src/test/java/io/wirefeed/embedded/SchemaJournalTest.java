package io.wirefeed.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirefeed.avro.Reject;
import io.wirefeed.avro.Story;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaJournalTest {

  @Test
  void aRestartedRegistryServesTheSameIdsFromItsJournal(@TempDir Path dir) {
    Path journal = dir.resolve("registry").resolve("schemas.jsonl");
    int storyId;
    int rejectId;
    try (var registry = EmbeddedSchemaRegistry.builder().withJournal(journal).start()) {
      rejectId = registry.store().register("wire.rejects-value", Reject.getClassSchema()).id();
      storyId = registry.store().register("wire.stories-value", Story.getClassSchema()).id();
    }

    try (var restarted = EmbeddedSchemaRegistry.builder().withJournal(journal).start()) {
      assertThat(restarted.store().schemaById(storyId)).isEqualTo(Story.getClassSchema());
      assertThat(restarted.store().schemaById(rejectId)).isEqualTo(Reject.getClassSchema());
      assertThat(restarted.store().latest("wire.stories-value").id()).isEqualTo(storyId);
      assertThat(restarted.store().subjects())
          .containsExactly("wire.rejects-value", "wire.stories-value");
    }
  }
}
