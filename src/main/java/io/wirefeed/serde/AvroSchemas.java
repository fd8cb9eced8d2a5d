package io.wirefeed.serde;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.kafka.common.errors.SerializationException;

/** Schema helpers the serde needs: the schema of a datum, and Confluent's java-property strip. */
public final class AvroSchemas {

  /** The property Avro's code generator adds to strings with {@code stringType=String}. */
  public static final String JAVA_STRING_PROPERTY = "avro.java.string";

  private static final ObjectMapper JSON = new ObjectMapper();

  private AvroSchemas() {}

  /** The writer schema of a datum: a record's own schema, or a primitive schema as Confluent's. */
  public static Schema schemaOf(Object datum) {
    if (datum instanceof GenericContainer container) {
      return container.getSchema();
    }
    if (datum instanceof CharSequence) {
      return Schema.create(Schema.Type.STRING);
    }
    if (datum instanceof byte[] || datum instanceof ByteBuffer) {
      return Schema.create(Schema.Type.BYTES);
    }
    if (datum instanceof Integer) {
      return Schema.create(Schema.Type.INT);
    }
    if (datum instanceof Long) {
      return Schema.create(Schema.Type.LONG);
    }
    if (datum instanceof Boolean) {
      return Schema.create(Schema.Type.BOOLEAN);
    }
    if (datum instanceof Float) {
      return Schema.create(Schema.Type.FLOAT);
    }
    if (datum instanceof Double) {
      return Schema.create(Schema.Type.DOUBLE);
    }
    throw new SerializationException(
        "Cannot serialize a "
            + datum.getClass().getName()
            + " as Avro: expected an Avro record (GenericContainer) or a primitive"
            + " (String, byte[], Integer, Long, Boolean, Float, Double)");
  }

  /**
   * The schema without {@value #JAVA_STRING_PROPERTY} anywhere in it, as Confluent's {@code
   * avro.remove.java.properties=true} registers it. Strings carry no other meaning for the binary
   * encoding, so data written with either schema is the same bytes.
   */
  public static Schema withoutJavaProperties(Schema schema) {
    try {
      JsonNode tree = JSON.readTree(schema.toString());
      return SchemaStore.parse(JSON.writeValueAsString(strip(tree)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode strip(JsonNode node) {
    if (node instanceof ObjectNode object) {
      object.remove(JAVA_STRING_PROPERTY);
      object.forEach(AvroSchemas::strip);
    } else if (node.isArray()) {
      node.forEach(AvroSchemas::strip);
    }
    return node;
  }
}
