package io.wirefeed.serde;

// Long on purpose: every Confluent serde and registry key, parsed and checked in one place.
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

/**
 * The Avro serde's configuration, read from the same keys Confluent's serializers use, so that one
 * properties file configures either. {@link #toString()} masks every secret.
 */
public final class AvroSerdeConfig {

  public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
  public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";
  public static final String USE_LATEST_VERSION = "use.latest.version";
  public static final String LATEST_CACHE_TTL_SEC = "latest.cache.ttl.sec";
  public static final String NORMALIZE_SCHEMAS = "normalize.schemas";
  public static final String KEY_SUBJECT_NAME_STRATEGY = "key.subject.name.strategy";
  public static final String VALUE_SUBJECT_NAME_STRATEGY = "value.subject.name.strategy";
  public static final String SPECIFIC_AVRO_READER = "specific.avro.reader";
  public static final String AVRO_REMOVE_JAVA_PROPERTIES = "avro.remove.java.properties";
  public static final String BASIC_AUTH_CREDENTIALS_SOURCE = "basic.auth.credentials.source";
  public static final String BASIC_AUTH_USER_INFO = "basic.auth.user.info";
  public static final String BEARER_AUTH_CREDENTIALS_SOURCE = "bearer.auth.credentials.source";
  public static final String BEARER_AUTH_TOKEN = "bearer.auth.token";
  public static final String REQUEST_HEADER_PREFIX = "request.header.";
  public static final String SSL_PREFIX = "schema.registry.ssl.";
  public static final String SSL_TRUSTSTORE_LOCATION = SSL_PREFIX + "truststore.location";
  public static final String SSL_TRUSTSTORE_PASSWORD = SSL_PREFIX + "truststore.password";
  public static final String SSL_TRUSTSTORE_TYPE = SSL_PREFIX + "truststore.type";
  public static final String SSL_KEYSTORE_LOCATION = SSL_PREFIX + "keystore.location";
  public static final String SSL_KEYSTORE_PASSWORD = SSL_PREFIX + "keystore.password";
  public static final String SSL_KEYSTORE_TYPE = SSL_PREFIX + "keystore.type";
  public static final String SSL_KEY_PASSWORD = SSL_PREFIX + "key.password";
  public static final String HTTP_CONNECT_TIMEOUT_MS = "http.connect.timeout.ms";
  public static final String HTTP_READ_TIMEOUT_MS = "http.read.timeout.ms";

  /**
   * wirefeed's own key: how long a call keeps retrying an unreachable registry or a 5xx before it
   * fails; 0 fails at once.
   */
  public static final String RETRY_MAX_MS = "schema.registry.retry.max.ms";

  private static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

  /**
   * Rides out a registry restart, yet stays below the 10 s transaction timeout Kafka Streams sets
   * for exactly-once, so a waiting stream thread is not fenced for it.
   */
  private static final Duration DEFAULT_RETRY_MAX = Duration.ofSeconds(5);

  private final List<String> registryUrls;
  private final boolean autoRegisterSchemas;
  private final boolean useLatestVersion;
  private final Duration latestCacheTtl;
  private final boolean normalizeSchemas;
  private final SubjectNameStrategy keySubjectNameStrategy;
  private final SubjectNameStrategy valueSubjectNameStrategy;
  private final boolean specificAvroReader;
  private final boolean removeJavaProperties;
  private final RegistryAuth auth;
  private final RegistrySsl ssl;
  private final Map<String, String> requestHeaders;
  private final Duration connectTimeout;
  private final Duration requestTimeout;
  private final Duration retryMax;

  private AvroSerdeConfig(Map<String, ?> config, boolean urlRequired) {
    String urls = string(config, SCHEMA_REGISTRY_URL, "");
    registryUrls = RegistryUrls.split(urls);
    if (registryUrls.isEmpty() && urlRequired) {
      throw new ConfigException(
          "Missing required configuration \""
              + SCHEMA_REGISTRY_URL
              + "\": the Schema Registry URL(s), comma-separated (or mock://<scope> in tests).");
    }
    registryUrls.forEach(AvroSerdeConfig::checkUrl);
    autoRegisterSchemas = bool(config, AUTO_REGISTER_SCHEMAS, true);
    useLatestVersion = bool(config, USE_LATEST_VERSION, false);
    latestCacheTtl = Duration.ofSeconds(longValue(config, LATEST_CACHE_TTL_SEC, -1));
    normalizeSchemas = bool(config, NORMALIZE_SCHEMAS, false);
    keySubjectNameStrategy =
        SubjectNameStrategy.fromConfig(
            KEY_SUBJECT_NAME_STRATEGY, config.get(KEY_SUBJECT_NAME_STRATEGY));
    valueSubjectNameStrategy =
        SubjectNameStrategy.fromConfig(
            VALUE_SUBJECT_NAME_STRATEGY, config.get(VALUE_SUBJECT_NAME_STRATEGY));
    specificAvroReader = bool(config, SPECIFIC_AVRO_READER, false);
    removeJavaProperties = bool(config, AVRO_REMOVE_JAVA_PROPERTIES, false);
    auth = auth(config);
    ssl =
        new RegistrySsl(
            string(config, SSL_TRUSTSTORE_LOCATION, null),
            string(config, SSL_TRUSTSTORE_PASSWORD, null),
            string(config, SSL_TRUSTSTORE_TYPE, "JKS"),
            string(config, SSL_KEYSTORE_LOCATION, null),
            string(config, SSL_KEYSTORE_PASSWORD, null),
            string(config, SSL_KEYSTORE_TYPE, "JKS"),
            string(config, SSL_KEY_PASSWORD, null));
    requestHeaders = requestHeaders(config);
    connectTimeout = millis(config, HTTP_CONNECT_TIMEOUT_MS, DEFAULT_CONNECT_TIMEOUT);
    requestTimeout = millis(config, HTTP_READ_TIMEOUT_MS, DEFAULT_REQUEST_TIMEOUT);
    retryMax = Duration.ofMillis(longValue(config, RETRY_MAX_MS, DEFAULT_RETRY_MAX.toMillis()));
    if (retryMax.isNegative()) {
      throw new ConfigException(RETRY_MAX_MS, retryMax.toMillis(), "must be 0 or more");
    }
  }

  /** Reads the config; {@value #SCHEMA_REGISTRY_URL} is required. */
  public static AvroSerdeConfig from(Map<String, ?> config) {
    return new AvroSerdeConfig(config, true);
  }

  /**
   * A serde's config: with a client of its own the registry URL may be left out, else it is
   * required.
   */
  static AvroSerdeConfig forSerde(Map<String, ?> config, SchemaRegistryClient givenClient) {
    return givenClient == null ? from(config) : withOptionalUrl(config);
  }

  /** For serdes given a client in code: the registry URL may then be left out. */
  static AvroSerdeConfig withOptionalUrl(Map<String, ?> config) {
    return new AvroSerdeConfig(config, false);
  }

  public List<String> registryUrls() {
    return registryUrls;
  }

  public boolean autoRegisterSchemas() {
    return autoRegisterSchemas;
  }

  public boolean useLatestVersion() {
    return useLatestVersion;
  }

  /** How long the serializer keeps a subject's latest version; negative = for ever. */
  public Duration latestCacheTtl() {
    return latestCacheTtl;
  }

  public boolean normalizeSchemas() {
    return normalizeSchemas;
  }

  public SubjectNameStrategy subjectNameStrategy(boolean isKey) {
    return isKey ? keySubjectNameStrategy : valueSubjectNameStrategy;
  }

  public boolean specificAvroReader() {
    return specificAvroReader;
  }

  public boolean removeJavaProperties() {
    return removeJavaProperties;
  }

  public RegistryAuth auth() {
    return auth;
  }

  public RegistrySsl ssl() {
    return ssl;
  }

  public Map<String, String> requestHeaders() {
    return requestHeaders;
  }

  public Duration connectTimeout() {
    return connectTimeout;
  }

  public Duration requestTimeout() {
    return requestTimeout;
  }

  public Duration retryMax() {
    return retryMax;
  }

  private static RegistryAuth auth(Map<String, ?> config) {
    String bearerSource = string(config, BEARER_AUTH_CREDENTIALS_SOURCE, null);
    String basicSource =
        string(config, BASIC_AUTH_CREDENTIALS_SOURCE, "URL").toUpperCase(Locale.ROOT);
    if (bearerSource != null) {
      if (!bearerSource.equalsIgnoreCase("STATIC_TOKEN")) {
        throw new ConfigException(
            BEARER_AUTH_CREDENTIALS_SOURCE, bearerSource, "only STATIC_TOKEN is supported");
      }
      if (basicSource.equals("USER_INFO")) {
        throw new ConfigException(
            "Configure either basic auth (" + BASIC_AUTH_USER_INFO + ") or bearer auth, not both.");
      }
      String token = string(config, BEARER_AUTH_TOKEN, null);
      if (token == null || token.isBlank()) {
        throw new ConfigException(
            "Missing \""
                + BEARER_AUTH_TOKEN
                + "\" for bearer.auth.credentials.source=STATIC_TOKEN.");
      }
      return RegistryAuth.bearer(token);
    }
    switch (basicSource) {
      case "USER_INFO" -> {
        String userInfo = string(config, BASIC_AUTH_USER_INFO, null);
        if (userInfo == null || !userInfo.contains(":")) {
          // Never echo the value: it would be the password.
          throw new ConfigException(
              "\"" + BASIC_AUTH_USER_INFO + "\" must be set as user:password for USER_INFO.");
        }
        return RegistryAuth.userInfo(userInfo);
      }
      case "URL" -> {
        return RegistryAuth.fromUrl();
      }
      default ->
          throw new ConfigException(
              BASIC_AUTH_CREDENTIALS_SOURCE, basicSource, "use USER_INFO or URL");
    }
  }

  private static Map<String, String> requestHeaders(Map<String, ?> config) {
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    config.forEach(
        (key, value) -> {
          if (key.startsWith(REQUEST_HEADER_PREFIX) && value != null) {
            headers.put(key.substring(REQUEST_HEADER_PREFIX.length()), plain(value));
          }
        });
    return headers;
  }

  private static void checkUrl(String url) {
    try {
      URI uri = new URI(url);
      if (uri.getScheme() == null) {
        throw new URISyntaxException(url, "no scheme");
      }
    } catch (URISyntaxException e) {
      // The URI's own message repeats the URL, user-info included: do not pass it on.
      throw new ConfigException(
          "Invalid \"" + SCHEMA_REGISTRY_URL + "\" entry: " + RegistryUrls.redact(url));
    }
  }

  private static String plain(Object value) {
    return value instanceof Password password ? password.value() : value.toString();
  }

  private static String string(Map<String, ?> config, String key, String defaultValue) {
    Object value = config.get(key);
    if (value == null) {
      return defaultValue;
    }
    if (value instanceof List<?> list) {
      return String.join(",", list.stream().map(Object::toString).toList());
    }
    return plain(value).trim();
  }

  private static boolean bool(Map<String, ?> config, String key, boolean defaultValue) {
    String value = string(config, key, null);
    if (value == null || value.isEmpty()) {
      return defaultValue;
    }
    if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(value);
    }
    throw new ConfigException(key, value, "expected true or false");
  }

  private static long longValue(Map<String, ?> config, String key, long defaultValue) {
    String value = string(config, key, null);
    if (value == null || value.isEmpty()) {
      return defaultValue;
    }
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new ConfigException(key, value, "expected a whole number");
    }
  }

  private static Duration millis(Map<String, ?> config, String key, Duration defaultValue) {
    long value = longValue(config, key, -1);
    return value > 0 ? Duration.ofMillis(value) : defaultValue;
  }

  @Override
  public String toString() {
    return "AvroSerdeConfig{"
        + "registryUrls="
        + registryUrls.stream().map(RegistryUrls::redact).toList()
        + ", autoRegisterSchemas="
        + autoRegisterSchemas
        + ", useLatestVersion="
        + useLatestVersion
        + ", normalizeSchemas="
        + normalizeSchemas
        + ", keySubjectNameStrategy="
        + keySubjectNameStrategy
        + ", valueSubjectNameStrategy="
        + valueSubjectNameStrategy
        + ", specificAvroReader="
        + specificAvroReader
        + ", removeJavaProperties="
        + removeJavaProperties
        + ", auth="
        + auth
        + ", ssl="
        + (ssl.isConfigured() ? ssl : "none")
        + ", requestHeaders="
        + requestHeaders.keySet()
        + " (values hidden)"
        + ", connectTimeout="
        + connectTimeout
        + ", requestTimeout="
        + requestTimeout
        + ", retryMax="
        + retryMax
        + '}';
  }
}
