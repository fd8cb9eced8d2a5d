package io.wirefeed.serde;

import java.util.ArrayList;
import java.util.List;

/**
 * A Schema Registry call failed. Carries the HTTP status and Confluent's {@code error_code} so that
 * callers can key on them (an incompatible schema is HTTP 409 whatever the error code). Messages
 * never carry credentials: URLs in them are shown without user-info.
 */
public class SchemaRegistryException extends RuntimeException {

  public static final int SUBJECT_NOT_FOUND = 40401;
  public static final int VERSION_NOT_FOUND = 40402;
  public static final int SCHEMA_NOT_FOUND = 40403;
  public static final int SUBJECT_COMPATIBILITY_NOT_CONFIGURED = 40408;
  public static final int INCOMPATIBLE_SCHEMA = 40901;
  public static final int INVALID_SCHEMA = 42201;
  public static final int INVALID_VERSION = 42202;
  public static final int INVALID_COMPATIBILITY_LEVEL = 42203;

  /** No HTTP exchange happened (connect error, timeout): there is no status to report. */
  public static final int NO_STATUS = -1;

  private final int httpStatus;
  private final int errorCode;

  public SchemaRegistryException(int httpStatus, int errorCode, String message) {
    this(httpStatus, errorCode, message, null);
  }

  public SchemaRegistryException(int httpStatus, int errorCode, String message, Throwable cause) {
    super(message, cause);
    this.httpStatus = httpStatus;
    this.errorCode = errorCode;
  }

  public int httpStatus() {
    return httpStatus;
  }

  public int errorCode() {
    return errorCode;
  }

  /**
   * True for a failure that may pass by itself: no answer at all, a 5xx, 408 or 429. A 4xx such as
   * 401 or 409 needs someone to act.
   */
  public boolean isTransient() {
    return httpStatus == NO_STATUS || httpStatus >= 500 || httpStatus == 408 || httpStatus == 429;
  }

  static SchemaRegistryException subjectNotFound(String subject) {
    return new SchemaRegistryException(
        404, SUBJECT_NOT_FOUND, "Subject '" + subject + "' not found.");
  }

  static SchemaRegistryException versionNotFound(Object version) {
    return new SchemaRegistryException(
        404, VERSION_NOT_FOUND, "Version " + version + " not found.");
  }

  /** A lookup under a subject that does not hold the schema: Confluent names nothing. */
  static SchemaRegistryException schemaNotFound() {
    return new SchemaRegistryException(404, SCHEMA_NOT_FOUND, "Schema not found");
  }

  static SchemaRegistryException schemaNotFound(int id) {
    return new SchemaRegistryException(404, SCHEMA_NOT_FOUND, "Schema " + id + " not found");
  }

  /**
   * Confluent's 409 text: the reasons, then the version and schema the candidate conflicts with.
   */
  static SchemaRegistryException incompatible(
      String subject, CompatibilityLevel level, CompatibilityLevel.Conflict conflict) {
    List<String> details = new ArrayList<>(conflict.reasons());
    details.add("{oldSchemaVersion: " + (conflict.index() + 1) + "}");
    details.add("{oldSchema: '" + conflict.existing() + "'}");
    details.add("{validateFields: 'false', compatibility: '" + level + "'}");
    return new SchemaRegistryException(
        409,
        INCOMPATIBLE_SCHEMA,
        "Schema being registered is incompatible with an earlier schema for subject \""
            + subject
            + "\", details: "
            + details);
  }

  static SchemaRegistryException invalidSchema(String why) {
    return new SchemaRegistryException(422, INVALID_SCHEMA, "Invalid schema: " + why);
  }
}
