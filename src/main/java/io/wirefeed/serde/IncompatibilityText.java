package io.wirefeed.serde;

import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;

/**
 * Avro's reader/writer incompatibilities in the words Confluent's registry puts into a 409: one
 * {@code {errorType:'…', description:'…', additionalInfo:'…'}} per problem, so that a tool that
 * shows or parses Confluent's messages reads ours alike.
 */
final class IncompatibilityText {

  private IncompatibilityText() {}

  /**
   * @param candidateIsReader true when the new schema reads data written with the old one
   *     (backward), false when the old one reads the new one's data (forward): the words "new" and
   *     "old" swap places as on Confluent's server
   */
  static List<String> describe(Schema reader, Schema writer, boolean candidateIsReader) {
    String readerSide = candidateIsReader ? "new" : "old";
    String writerSide = candidateIsReader ? "old" : "new";
    return SchemaCompatibility.checkReaderWriterCompatibility(reader, writer)
        .getResult()
        .getIncompatibilities()
        .stream()
        .map(problem -> text(problem, readerSide, writerSide))
        .toList();
  }

  private static String text(Incompatibility problem, String readerSide, String writerSide) {
    String path = problem.getLocation();
    String info = problem.getMessage();
    String description =
        switch (problem.getType()) {
          case READER_FIELD_MISSING_DEFAULT_VALUE ->
              "The field '"
                  + info
                  + "' at path '"
                  + path
                  + "' in the "
                  + readerSide
                  + " schema has no default value and is missing in the "
                  + writerSide
                  + " schema";
          case TYPE_MISMATCH ->
              "The type (path '"
                  + path
                  + "') of a field in the "
                  + readerSide
                  + " schema does not match with the "
                  + writerSide
                  + " schema";
          case NAME_MISMATCH -> "The name of the schema has changed (path '" + path + "')";
          case FIXED_SIZE_MISMATCH ->
              "The size of FIXED type field at path '"
                  + path
                  + "' in the "
                  + readerSide
                  + " schema does not match with the "
                  + writerSide
                  + " schema";
          case MISSING_ENUM_SYMBOLS ->
              "The "
                  + readerSide
                  + " schema is missing enum symbols '"
                  + info
                  + "' at path '"
                  + path
                  + "' in the "
                  + writerSide
                  + " schema";
          case MISSING_UNION_BRANCH ->
              "The "
                  + readerSide
                  + " schema is missing a type inside a union field at path '"
                  + path
                  + "' in the "
                  + writerSide
                  + " schema";
        };
    return "{errorType:'"
        + problem.getType()
        + "', description:'"
        + description
        + "', additionalInfo:'"
        + info
        + "'}";
  }
}
