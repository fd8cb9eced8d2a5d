package io.wirefeed.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.common.config.ConfigException;

/**
 * Collects settings from a properties file and {@code WIREFEED_}-prefixed environment variables.
 * One rule maps a variable to a key: drop the prefix, lower-case, and turn {@code _} into {@code
 * .}, so {@code WIREFEED_BOOTSTRAP_SERVERS} sets {@code bootstrap.servers}. Variables win over the
 * file, so a container can override one key of a mounted file.
 */
public final class EnvironmentSettings {

  static final String PREFIX = "WIREFEED_";

  /** Variables of wirefeed's own build and test tooling, which are not settings. */
  private static final Set<String> TOOLING =
      Set.of("WIREFEED_KAFKA_IMAGE", "WIREFEED_DOCKER_NETWORK");

  private static final String TOOLING_PREFIX = "WIREFEED_CI_";

  private EnvironmentSettings() {}

  /**
   * @throws ConfigException for an unknown key, naming where it came from and the closest known key
   */
  public static Map<String, String> load(Path file, Map<String, String> environment) {
    Map<String, String> settings = new TreeMap<>();
    if (file != null) {
      Map<String, String> fromFile = readFile(file);
      KnownKeys.check(fromFile, key -> "in " + file);
      settings.putAll(fromFile);
    }
    Map<String, String> fromEnvironment = fromEnvironment(environment);
    KnownKeys.check(fromEnvironment, key -> "from " + variableFor(key));
    settings.putAll(fromEnvironment);
    return settings;
  }

  static Map<String, String> fromEnvironment(Map<String, String> environment) {
    Map<String, String> settings = new TreeMap<>();
    environment.forEach(
        (name, value) -> {
          if (name.startsWith(PREFIX)
              && name.length() > PREFIX.length()
              && !TOOLING.contains(name)
              && !name.startsWith(TOOLING_PREFIX)) {
            settings.put(keyFor(name), value);
          }
        });
    return settings;
  }

  static String keyFor(String variable) {
    return variable.substring(PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.');
  }

  /** The environment variable that sets this key: {@code WIREFEED_} and the key upper-cased. */
  public static String variableFor(String key) {
    return PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_');
  }

  private static Map<String, String> readFile(Path file) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (NoSuchFileException e) {
      throw new ConfigException("config file " + file + " does not exist");
    } catch (IOException | IllegalArgumentException e) {
      throw new ConfigException("config file " + file + " cannot be read: " + e.getMessage());
    }
    Map<String, String> settings = new TreeMap<>();
    properties.stringPropertyNames().forEach(key -> settings.put(key, properties.getProperty(key)));
    return settings;
  }
}
