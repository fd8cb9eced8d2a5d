package io.wirefeed.serde;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * How requests to the registry authenticate. The secret is only ever turned into an Authorization
 * header; {@link #toString()} never shows it.
 */
public final class RegistryAuth {

  /** Where the credentials come from, named as Confluent's configuration names them. */
  public enum Source {
    NONE,
    /** {@code basic.auth.user.info=user:password}. */
    USER_INFO,
    /** The user-info part of each registry URL, if it has one. */
    URL,
    /** {@code bearer.auth.token} with {@code bearer.auth.credentials.source=STATIC_TOKEN}. */
    STATIC_TOKEN
  }

  private final Source source;
  private final String secret;

  private RegistryAuth(Source source, String secret) {
    this.source = source;
    this.secret = secret;
  }

  public static RegistryAuth none() {
    return new RegistryAuth(Source.NONE, null);
  }

  public static RegistryAuth userInfo(String userColonPassword) {
    return new RegistryAuth(Source.USER_INFO, userColonPassword);
  }

  public static RegistryAuth fromUrl() {
    return new RegistryAuth(Source.URL, null);
  }

  public static RegistryAuth bearer(String token) {
    return new RegistryAuth(Source.STATIC_TOKEN, token);
  }

  public Source source() {
    return source;
  }

  /** The Authorization header value for a request to this registry URL, if any. */
  public Optional<String> authorizationFor(URI registryUrl) {
    return switch (source) {
      case NONE -> Optional.empty();
      case USER_INFO -> Optional.of(basic(secret));
      case URL ->
          Optional.ofNullable(registryUrl.getRawUserInfo())
              .map(raw -> basic(URLDecoder.decode(raw, StandardCharsets.UTF_8)));
      case STATIC_TOKEN -> Optional.of("Bearer " + secret);
    };
  }

  private static String basic(String userColonPassword) {
    return "Basic "
        + Base64.getEncoder().encodeToString(userColonPassword.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return switch (source) {
      case NONE, URL -> source.name();
      case USER_INFO -> "USER_INFO(" + userOf(secret) + ":[hidden])";
      case STATIC_TOKEN -> "STATIC_TOKEN([hidden])";
    };
  }

  private static String userOf(String userColonPassword) {
    int colon = userColonPassword.indexOf(':');
    return colon < 0 ? userColonPassword : userColonPassword.substring(0, colon);
  }
}
