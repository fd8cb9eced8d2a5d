package io.wirefeed.serde;

import java.util.Locale;
import org.apache.avro.Schema;
import org.apache.kafka.common.config.ConfigException;

/** Confluent's subject naming strategies: which subject a topic's key or value schema lives in. */
public enum SubjectNameStrategy {
  /** {@code <topic>-key} / {@code <topic>-value}: the default. */
  TOPIC_NAME("TopicNameStrategy"),
  /** The record's full name, whatever the topic. */
  RECORD_NAME("RecordNameStrategy"),
  /** {@code <topic>-<record full name>}. */
  TOPIC_RECORD_NAME("TopicRecordNameStrategy");

  private static final String CONFLUENT_PACKAGE = "io.confluent.kafka.serializers.subject.";

  private final String confluentSimpleName;

  SubjectNameStrategy(String confluentSimpleName) {
    this.confluentSimpleName = confluentSimpleName;
  }

  public String subject(String topic, boolean isKey, Schema schema) {
    return switch (this) {
      case TOPIC_NAME -> topic + (isKey ? "-key" : "-value");
      case RECORD_NAME -> schema.getFullName();
      case TOPIC_RECORD_NAME -> topic + "-" + schema.getFullName();
    };
  }

  /** The class name Confluent's serializers take for this strategy. */
  public String confluentClassName() {
    return CONFLUENT_PACKAGE + confluentSimpleName;
  }

  /**
   * Accepts Confluent's class names (or a {@link Class} of that name), their simple names and this
   * enum's names.
   */
  public static SubjectNameStrategy fromConfig(String key, Object value) {
    if (value == null) {
      return TOPIC_NAME;
    }
    String name = value instanceof Class<?> type ? type.getName() : value.toString().trim();
    String simpleName = name.substring(name.lastIndexOf('.') + 1);
    for (SubjectNameStrategy strategy : values()) {
      if (strategy.confluentSimpleName.equals(simpleName)
          || strategy.name().equals(name.toUpperCase(Locale.ROOT))) {
        return strategy;
      }
    }
    throw new ConfigException(
        key,
        name,
        "unknown subject name strategy; use TopicNameStrategy, RecordNameStrategy or"
            + " TopicRecordNameStrategy");
  }
}
