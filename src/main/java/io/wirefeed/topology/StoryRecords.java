package io.wirefeed.topology;

import io.wirefeed.avro.Block;
import io.wirefeed.avro.BlockKind;
import io.wirefeed.avro.Dateline;
import io.wirefeed.avro.Note;
import io.wirefeed.avro.NoteKind;
import io.wirefeed.avro.Origin;
import io.wirefeed.avro.Story;
import io.wirefeed.avro.StoryStatus;
import io.wirefeed.avro.WireFormat;
import io.wirefeed.normalize.ContentHash;
import io.wirefeed.parse.MessageResult;
import io.wirefeed.story.Editorial;
import io.wirefeed.story.ParsedBlock;
import io.wirefeed.story.ParsedDateline;
import io.wirefeed.story.ParsedNote;
import io.wirefeed.story.ParsedStory;
import java.time.Instant;
import java.util.List;

/**
 * Turns a parsed message into the Avro {@link Story} published on the topics, its content hash
 * included: the one place where a story is hashed and converted, for the pipeline and {@code parse}
 * alike.
 */
public final class StoryRecords {

  private StoryRecords() {}

  /**
   * @param message the framed message the story was read from: its place in the record
   * @param origin where the raw record was read; null outside Kafka
   */
  public static Story toAvro(
      ParsedStory parsed, MessageResult message, Instant receivedAt, Origin origin) {
    Editorial editorial = parsed.editorial();
    return Story.newBuilder()
        .setContentHash(ContentHash.of(parsed))
        .setFormat(WireFormat.valueOf(parsed.format().name()))
        .setAgency(parsed.agency())
        .setSource(parsed.source())
        .setStoryCode(parsed.storyCode())
        .setSlug(parsed.slug())
        .setHeadline(parsed.headline())
        .setByline(parsed.byline())
        .setDateline(toAvro(parsed.dateline()))
        .setBody(toAvro(parsed.body()))
        .setSignOff(parsed.signOff())
        .setWordCount(parsed.wordCount())
        .setCharset(parsed.charset())
        .setReceivedAt(receivedAt)
        .setOrigin(origin)
        .setMessageIndex(message.index())
        .setMessageOffset(message.byteOffset())
        .setStatus(StoryStatus.valueOf(editorial.status().name()))
        .setStoryKey(editorial.storyKey())
        .setItemId(editorial.itemId())
        .setVersion(editorial.version())
        .setPriority(editorial.priority())
        .setCategory(editorial.category())
        .setService(editorial.service())
        .setStoryNumber(editorial.storyNumber())
        .setDeclaredWordCount(editorial.declaredWordCount())
        .setTransmittedAt(editorial.transmittedAt())
        .setEmbargoUntil(editorial.embargoUntil())
        .setLanguage(editorial.language())
        .setNotes(notes(editorial.notes()))
        .setKeywords(editorial.keywords())
        .setSubjects(editorial.subjects())
        .setKicker(editorial.kicker())
        .build();
  }

  private static List<Note> notes(List<ParsedNote> notes) {
    return notes.stream()
        .map(note -> new Note(NoteKind.valueOf(note.kind().name()), note.text()))
        .toList();
  }

  private static Dateline toAvro(ParsedDateline dateline) {
    if (dateline == null) {
      return null;
    }
    return Dateline.newBuilder()
        .setPlace(dateline.place())
        .setDate(dateline.date() == null ? null : dateline.date().toString())
        .setText(dateline.text())
        .build();
  }

  private static List<Block> toAvro(List<ParsedBlock> body) {
    return body.stream()
        .map(
            block ->
                Block.newBuilder()
                    .setKind(BlockKind.valueOf(block.kind().name()))
                    .setText(block.text())
                    .build())
        .toList();
  }
}
