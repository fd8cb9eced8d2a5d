package io.wirefeed.config;

import io.wirefeed.serde.AvroSerdeConfig;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Every key a setting may have: wirefeed's own ({@link ConfigKeys}), the registry client's ({@link
 * AvroSerdeConfig}), and those Kafka Streams and its clients define, bare or behind the prefixes
 * Streams routes to one client ({@code producer.}, {@code consumer.}, {@code main.consumer.},
 * {@code restore.consumer.}, {@code global.consumer.}, {@code admin.}) or to its internal topics
 * ({@code topic.}). A key outside them is a typo that Kafka would take silently or fail on much
 * later, so the start stops on it naming the closest known key.
 */
public final class KnownKeys {

  /** Free-form keys: labels for client metrics, HTTP headers for the registry. */
  private static final Set<String> OPEN_PREFIXES =
      Set.of("metrics.context.", AvroSerdeConfig.REQUEST_HEADER_PREFIX);

  private static final Map<String, Set<String>> CLIENT_PREFIXES =
      Map.of(
          StreamsConfig.PRODUCER_PREFIX, ProducerConfig.configNames(),
          StreamsConfig.CONSUMER_PREFIX, ConsumerConfig.configNames(),
          StreamsConfig.MAIN_CONSUMER_PREFIX, ConsumerConfig.configNames(),
          StreamsConfig.RESTORE_CONSUMER_PREFIX, ConsumerConfig.configNames(),
          StreamsConfig.GLOBAL_CONSUMER_PREFIX, ConsumerConfig.configNames(),
          StreamsConfig.ADMIN_CLIENT_PREFIX, AdminClientConfig.configNames(),
          StreamsConfig.TOPIC_PREFIX, constants(TopicConfig.class, "_CONFIG"));

  private static final Set<String> BARE = bareKeys();

  /** Every key spelled out, for the suggestion. */
  private static final Set<String> ALL = allKeys();

  private KnownKeys() {}

  /**
   * @param origin where a key came from, e.g. "config file x.properties"
   * @throws ConfigException for the first unknown key, naming it and the closest known key
   */
  public static void check(Map<String, String> settings, Function<String, String> origin) {
    for (String key : new TreeSet<>(settings.keySet())) {
      if (!isKnown(key)) {
        throw new ConfigException(unknown(key, origin.apply(key)));
      }
    }
  }

  static boolean isKnown(String key) {
    if (BARE.contains(key)) {
      return true;
    }
    for (String prefix : OPEN_PREFIXES) {
      if (key.startsWith(prefix) && key.length() > prefix.length()) {
        return true;
      }
    }
    for (var prefixed : CLIENT_PREFIXES.entrySet()) {
      if (key.startsWith(prefixed.getKey())
          && prefixed.getValue().contains(key.substring(prefixed.getKey().length()))) {
        return true;
      }
    }
    return false;
  }

  /** The known key nearest by edit distance, if near enough to be what was meant; else null. */
  static String closest(String key) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String known : ALL) {
      int distance = editDistance(key, known);
      if (distance < bestDistance || (distance == bestDistance && known.compareTo(best) < 0)) {
        best = known;
        bestDistance = distance;
      }
    }
    return bestDistance <= Math.max(3, key.length() / 3) ? best : null;
  }

  private static String unknown(String key, String origin) {
    String suggestion = closest(key);
    return "unknown key "
        + key
        + (suggestion == null
            ? ": not a wirefeed, Kafka Streams, client or registry setting"
            : ": did you mean " + suggestion + "?")
        + " ("
        + origin
        + "; the keys are listed in docs/configuration.md)";
  }

  static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private static Set<String> bareKeys() {
    Set<String> keys = new TreeSet<>(ConfigKeys.OWN);
    keys.addAll(constants(ConfigKeys.class, ""));
    keys.addAll(constants(AvroSerdeConfig.class, ""));
    keys.addAll(StreamsConfig.configDef().names());
    // Streams hands bare client keys (security.protocol, max.poll.records, ...) to its clients.
    keys.addAll(ProducerConfig.configNames());
    keys.addAll(ConsumerConfig.configNames());
    keys.addAll(AdminClientConfig.configNames());
    return Set.copyOf(keys);
  }

  private static Set<String> allKeys() {
    Set<String> keys = new TreeSet<>(BARE);
    CLIENT_PREFIXES.forEach((prefix, names) -> names.forEach(name -> keys.add(prefix + name)));
    return Set.copyOf(keys);
  }

  /**
   * The values of a class's public static String constants named {@code *suffix} that look like
   * keys ({@code a.b}): so a key added to {@link ConfigKeys} is known here at once.
   */
  private static Set<String> constants(Class<?> holder, String suffix) {
    Set<String> values = new TreeSet<>();
    for (Field field : holder.getFields()) {
      if (Modifier.isStatic(field.getModifiers())
          && field.getType() == String.class
          && field.getName().endsWith(suffix)
          && !field.getName().endsWith("_PREFIX")
          && !field.getName().endsWith("_DOC")) {
        try {
          String value = (String) field.get(null);
          if (value != null && value.matches("[a-z0-9]+(\\.[a-z0-9-]+)+")) {
            values.add(value);
          }
        } catch (IllegalAccessException e) {
          throw new IllegalStateException("cannot read " + field, e);
        }
      }
    }
    return values;
  }
}
