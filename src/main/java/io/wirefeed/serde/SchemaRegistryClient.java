package io.wirefeed.serde;

import org.apache.avro.Schema;

/** The part of Confluent's Schema Registry API that the Avro serde needs. */
public interface SchemaRegistryClient {

  /** Registers the schema under the subject (or finds it there) and returns its global id. */
  int register(String subject, Schema schema);

  /** Returns the id of a schema already registered under the subject, without registering it. */
  int lookupId(String subject, Schema schema);

  /** Returns the schema with this global id. */
  Schema schemaById(int id);

  /** Returns the latest version registered under the subject. */
  RegisteredSchema latest(String subject);
}
