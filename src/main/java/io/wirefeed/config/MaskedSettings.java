package io.wirefeed.config;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Settings safe to log: secret values replaced, credentials in URLs taken out. */
public final class MaskedSettings {

  static final String MASK = "[hidden]";
  private static final Set<String> SECRET_KEY_PARTS =
      Set.of("password", "secret", "token", "user.info", "jaas");
  private static final Pattern URL_USER_INFO = Pattern.compile("(://)[^/@\\s]+@");

  private MaskedSettings() {}

  /** Sorted {@code key=value, ...} with every secret masked. */
  public static String describe(Map<String, String> settings) {
    Map<String, String> masked = new TreeMap<>();
    settings.forEach((key, value) -> masked.put(key, mask(key, value)));
    return masked.toString();
  }

  static String mask(String key, String value) {
    String lower = key.toLowerCase(Locale.ROOT);
    if (SECRET_KEY_PARTS.stream().anyMatch(lower::contains)) {
      return MASK;
    }
    return value == null ? null : URL_USER_INFO.matcher(value).replaceAll("$1" + MASK + "@");
  }
}
