package io.wirefeed.config;

import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.common.config.ConfigException;

/** Typed reads of string settings, with errors that name the key and the accepted values. */
final class SettingsReader {

  private final Map<String, String> settings;

  SettingsReader(Map<String, String> settings) {
    this.settings = settings;
  }

  String string(String key, String defaultValue) {
    String value = settings.get(key);
    if (value == null) {
      return defaultValue;
    }
    if (value.isBlank()) {
      throw new ConfigException("config '" + key + "' is empty: give a value or remove the key");
    }
    return value.trim();
  }

  boolean bool(String key, boolean defaultValue) {
    String value = settings.get(key);
    if (value == null) {
      return defaultValue;
    }
    return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw new ConfigException(
              "config '" + key + "' is '" + value + "': expected true or false");
    };
  }

  long positiveLong(String key, long defaultValue) {
    return longInRange(key, defaultValue, 1, Long.MAX_VALUE);
  }

  long positiveLong(String key, long defaultValue, long max) {
    return longInRange(key, defaultValue, 1, max);
  }

  long longInRange(String key, long defaultValue, long min, long max) {
    Long parsed = number(key, Long::parseLong, "a whole number");
    if (parsed == null) {
      return defaultValue;
    }
    if (parsed < min || parsed > max) {
      throw new ConfigException(
          "config '" + key + "' is " + parsed + ": expected a number from " + min + " to " + max);
    }
    return parsed;
  }

  /** A number in (0, 1]. */
  double share(String key, double defaultValue) {
    Double parsed = number(key, Double::parseDouble, "a number such as 0.5");
    if (parsed == null) {
      return defaultValue;
    }
    if (!(parsed > 0 && parsed <= 1)) {
      throw new ConfigException(
          "config '"
              + key
              + "' is "
              + settings.get(key)
              + ": expected a number above 0 and at most 1");
    }
    return parsed;
  }

  /** The key's number, or null where the key is not set; {@code expected} says what fits. */
  private <T extends Number> T number(String key, Function<String, T> parser, String expected) {
    String value = settings.get(key);
    if (value == null) {
      return null;
    }
    try {
      return parser.apply(value.trim());
    } catch (NumberFormatException e) {
      throw new ConfigException("config '" + key + "' is '" + value + "': expected " + expected);
    }
  }
}
