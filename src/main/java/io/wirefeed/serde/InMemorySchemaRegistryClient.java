package io.wirefeed.serde;

import java.util.Objects;
import org.apache.avro.Schema;

/**
 * A registry without a server, for tests and {@code mock://scope} URLs, with the same semantics as
 * the embedded REST registry (both sit on a {@link SchemaStore}).
 */
public final class InMemorySchemaRegistryClient implements SchemaRegistryClient {

  private final SchemaStore store;

  public InMemorySchemaRegistryClient() {
    this(new SchemaStore());
  }

  public InMemorySchemaRegistryClient(SchemaStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  public SchemaStore store() {
    return store;
  }

  @Override
  public int register(String subject, Schema schema) {
    return store.register(subject, schema).id();
  }

  @Override
  public int lookupId(String subject, Schema schema) {
    return store.lookup(subject, schema).id();
  }

  @Override
  public Schema schemaById(int id) {
    return store.schemaById(id);
  }

  @Override
  public RegisteredSchema latest(String subject) {
    return store.latest(subject);
  }
}
