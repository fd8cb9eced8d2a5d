package io.wirefeed.serde;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.avro.Schema;

/** Confluent's compatibility levels, checked with Avro's own {@code SchemaCompatibility}. */
public enum CompatibilityLevel {
  NONE(false, false, false),
  BACKWARD(true, false, false),
  BACKWARD_TRANSITIVE(true, false, true),
  FORWARD(false, true, false),
  FORWARD_TRANSITIVE(false, true, true),
  FULL(true, true, false),
  FULL_TRANSITIVE(true, true, true);

  private final boolean newReadsOld;
  private final boolean oldReadsNew;
  private final boolean transitive;

  CompatibilityLevel(boolean newReadsOld, boolean oldReadsNew, boolean transitive) {
    this.newReadsOld = newReadsOld;
    this.oldReadsNew = oldReadsNew;
    this.transitive = transitive;
  }

  public static CompatibilityLevel parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new SchemaRegistryException(
          422,
          SchemaRegistryException.INVALID_COMPATIBILITY_LEVEL,
          "Invalid compatibility level: " + name);
    }
  }

  /**
   * Whether the candidate may follow the existing versions (oldest first). Non-transitive levels
   * look at the latest version only, as Confluent's do.
   */
  public boolean allows(Schema candidate, List<Schema> existingOldestFirst) {
    return firstConflict(candidate, existingOldestFirst).isEmpty();
  }

  /**
   * The first checked version (oldest first) that the candidate may not follow, with the reasons in
   * Confluent's words; empty when the candidate may follow them all.
   */
  public Optional<Conflict> firstConflict(Schema candidate, List<Schema> existingOldestFirst) {
    int first = transitive ? 0 : Math.max(0, existingOldestFirst.size() - 1);
    for (int index = first; index < existingOldestFirst.size(); index++) {
      Schema existing = existingOldestFirst.get(index);
      List<String> reasons = new ArrayList<>();
      if (newReadsOld) {
        reasons.addAll(IncompatibilityText.describe(candidate, existing, true));
      }
      if (oldReadsNew) {
        reasons.addAll(IncompatibilityText.describe(existing, candidate, false));
      }
      if (!reasons.isEmpty()) {
        return Optional.of(new Conflict(index, existing, reasons));
      }
    }
    return Optional.empty();
  }

  /**
   * A version the candidate may not follow.
   *
   * @param index the version's place among the subject's versions, from 0
   * @param reasons one {@code {errorType:…, description:…, additionalInfo:…}} text per problem
   */
  public record Conflict(int index, Schema existing, List<String> reasons) {}
}
