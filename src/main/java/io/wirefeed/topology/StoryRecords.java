package io.wirefeed.topology;

import io.wirefeed.avro.BlockKind;
import io.wirefeed.avro.NoteKind;
import io.wirefeed.avro.Origin;
import io.wirefeed.avro.Story;
import io.wirefeed.avro.StoryStatus;
import io.wirefeed.avro.WireFormat;
import io.wirefeed.story.Editorial;
import io.wirefeed.story.ParsedBlock;
import io.wirefeed.story.ParsedDateline;
import io.wirefeed.story.ParsedNote;
import io.wirefeed.story.ParsedStory;
import java.time.Instant;
import java.util.List;

/** Turns a parsed story into the Avro {@link Story} published on the topics. */
public final class StoryRecords {

  private StoryRecords() {}

  /**
   * @param origin where the raw message was read; null outside Kafka
   * @param messageIndex the message's position among the messages of its record
   * @param messageOffset where the message starts in its record
   */
  public static Story toAvro(
      ParsedStory parsed,
      String contentHash,
      Instant receivedAt,
      Origin origin,
      int messageIndex,
      int messageOffset) {
    Editorial editorial = parsed.editorial();
    return Story.newBuilder()
        .setContentHash(contentHash)
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
        .setMessageIndex(messageIndex)
        .setMessageOffset(messageOffset)
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

  private static List<io.wirefeed.avro.Note> notes(List<ParsedNote> notes) {
    return notes.stream()
        .map(note -> new io.wirefeed.avro.Note(NoteKind.valueOf(note.kind().name()), note.text()))
        .toList();
  }

  private static io.wirefeed.avro.Dateline toAvro(ParsedDateline dateline) {
    if (dateline == null) {
      return null;
    }
    return io.wirefeed.avro.Dateline.newBuilder()
        .setPlace(dateline.place())
        .setDate(dateline.date() == null ? null : dateline.date().toString())
        .setText(dateline.text())
        .build();
  }

  private static List<io.wirefeed.avro.Block> toAvro(List<ParsedBlock> body) {
    return body.stream()
        .map(
            block ->
                io.wirefeed.avro.Block.newBuilder()
                    .setKind(BlockKind.valueOf(block.kind().name()))
                    .setText(block.text())
                    .build())
        .toList();
  }
}
