package io.wirefeed.serde;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirefeed.avro.Block;
import io.wirefeed.avro.BlockKind;
import io.wirefeed.avro.Dateline;
import io.wirefeed.avro.Origin;
import io.wirefeed.avro.Story;
import io.wirefeed.avro.WireFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;

/** Test fixtures: a filled-in story and variants of its schema. */
final class Stories {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Stories() {}

  static Story story() {
    return Story.newBuilder()
        .setContentHash("ab".repeat(32))
        .setFormat(WireFormat.ZCZC)
        .setAgency("BSS")
        .setSource("AFP")
        .setStoryCode("BFF-09")
        .setSlug("RUSSIA-NKOREA-SUMMIT")
        .setHeadline("N.Korea’s Kim, Putin to hold first talks in Russia’s Far East")
        .setDateline(
            Dateline.newBuilder()
                .setPlace("MOSCOW")
                .setDate("2019-04-24")
                .setText("MOSCOW, April 24, 2019 (BSS/AFP) –")
                .build())
        .setBody(
            List.of(
                new Block(BlockKind.PARAGRAPH, "Kim Jong Un and Vladimir Putin will meet."),
                new Block(BlockKind.SUBHEAD, "Cold War ties")))
        .setSignOff("BSS/AFP/GMR/0826 hrs")
        .setWordCount(9)
        .setCharset("UTF-8")
        .setReceivedAt(Instant.ofEpochMilli(1_556_090_000_123L))
        .setOrigin(new Origin("wire.raw", 0, 42L))
        .build();
  }

  /** The story as a generic record of a compatible schema, by Avro's own schema resolution. */
  static GenericRecord asGeneric(Story story, Schema readerSchema) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
      new SpecificDatumWriter<Story>(Story.getClassSchema()).write(story, encoder);
      encoder.flush();
      return new GenericDatumReader<GenericRecord>(Story.getClassSchema(), readerSchema)
          .read(null, DecoderFactory.get().binaryDecoder(out.toByteArray(), null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Story schema with one more field appended, given as JSON. */
  static Schema storySchemaWithField(String fieldJson) {
    try {
      ObjectNode schema = (ObjectNode) JSON.readTree(Story.getClassSchema().toString());
      ((ArrayNode) schema.get("fields")).add(JSON.readTree(fieldJson));
      return new Schema.Parser().parse(schema.toString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
