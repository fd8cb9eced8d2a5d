package io.wirefeed.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class TailFormatTest {

  private static final Schema NOTE =
      new Schema.Parser()
          .parse(
              "{\"type\":\"record\",\"name\":\"Note\",\"fields\":[{\"name\":\"text\",\"type\":\"string\"}]}");

  @Test
  void kcatsCodesAndEscapes() {
    GenericData.Record note = new GenericData.Record(NOTE);
    note.put("text", "hello");
    var raw =
        new ConsumerRecord<>(
            "wire.stories",
            2,
            42L,
            "k1".getBytes(StandardCharsets.UTF_8),
            new byte[] {0, 0, 0, 0, 1, 10});
    var decoded = new AvroTopicReader.Decoded(raw, note);

    String line = new TailFormat("%t|%p|%o|%k|%K|%S|%s|100%%\\t.\\n").apply(decoded);

    assertThat(line).isEqualTo("wire.stories|2|42|k1|2|6|{\"text\":\"hello\"}|100%\t.\n");
  }

  @Test
  void anUnknownCodeIsRefusedWithTheCodesThatExist() {
    assertThatThrownBy(() -> new TailFormat("%o %x\\n"))
        .hasMessageStartingWith("--format has '%x': use %t %p %o %T %k %s %l %K %S %%");
    assertThatThrownBy(() -> new TailFormat("ends with %"))
        .hasMessageStartingWith("--format has '%'");
  }

  @Test
  void offsetsInKcatsAndTheConsoleConsumersWords() {
    assertThat(AvroTopicReader.StartAt.parse("earliest"))
        .isEqualTo(AvroTopicReader.StartAt.BEGINNING);
    assertThat(AvroTopicReader.StartAt.parse("latest")).isEqualTo(AvroTopicReader.StartAt.END);
    assertThat(AvroTopicReader.StartAt.parse("-5"))
        .isEqualTo(new AvroTopicReader.StartAt(AvroTopicReader.StartAt.Kind.BEFORE_END, 5));
    assertThat(AvroTopicReader.StartAt.parse("17"))
        .isEqualTo(new AvroTopicReader.StartAt(AvroTopicReader.StartAt.Kind.OFFSET, 17));
    assertThatThrownBy(() -> AvroTopicReader.StartAt.parse("yesterday"))
        .hasMessageStartingWith("--offset is 'yesterday': expected beginning, end");
  }
}
