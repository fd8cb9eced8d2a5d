package io.wirefeed.serde;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;

/** Parsing registry URL lists, and showing URLs without their user-info. */
public final class RegistryUrls {

  private RegistryUrls() {}

  /** Splits Confluent's comma-separated {@code schema.registry.url}. */
  public static List<String> split(String commaList) {
    return Arrays.stream(commaList.split(","))
        .map(String::trim)
        .filter(url -> !url.isEmpty())
        .toList();
  }

  /** The URL as it may be shown in a log or message: without user-info, ever. */
  public static String redact(String url) {
    try {
      URI uri = new URI(url);
      if (uri.getRawUserInfo() == null) {
        return url;
      }
      return withoutUserInfo(uri).toString();
    } catch (URISyntaxException e) {
      int at = url.lastIndexOf('@');
      int scheme = url.indexOf("://");
      return at > scheme && scheme >= 0
          ? url.substring(0, scheme + 3) + url.substring(at + 1)
          : url;
    }
  }

  public static URI withoutUserInfo(URI uri) {
    try {
      return new URI(
          uri.getScheme(),
          null,
          uri.getHost(),
          uri.getPort(),
          uri.getPath(),
          uri.getQuery(),
          uri.getFragment());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("Invalid registry URL " + redact(uri.toString()), e);
    }
  }
}
