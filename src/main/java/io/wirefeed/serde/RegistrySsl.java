package io.wirefeed.serde;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apache.kafka.common.config.ConfigException;

/**
 * TLS material for the registry ({@code schema.registry.ssl.*}). Passwords never appear in {@link
 * #toString()} or in error messages.
 */
public record RegistrySsl(
    String truststoreLocation,
    String truststorePassword,
    String truststoreType,
    String keystoreLocation,
    String keystorePassword,
    String keystoreType,
    String keyPassword) {

  public boolean isConfigured() {
    return truststoreLocation != null || keystoreLocation != null;
  }

  public SSLContext toSslContext() {
    try {
      TrustManagerFactory trust = null;
      if (truststoreLocation != null) {
        trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(load(truststoreLocation, truststorePassword, truststoreType));
      }
      KeyManagerFactory keys = null;
      if (keystoreLocation != null) {
        keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        String password = keyPassword != null ? keyPassword : keystorePassword;
        keys.init(
            load(keystoreLocation, keystorePassword, keystoreType),
            password == null ? new char[0] : password.toCharArray());
      }
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(
          keys == null ? null : keys.getKeyManagers(),
          trust == null ? null : trust.getTrustManagers(),
          null);
      return context;
    } catch (GeneralSecurityException | IOException e) {
      // The cause's message may name the file but not the password; keep it for diagnosis.
      throw new ConfigException(
          "Cannot build the Schema Registry TLS context from "
              + this
              + ": "
              + e.getClass().getSimpleName()
              + ": "
              + e.getMessage());
    }
  }

  private static KeyStore load(String location, String password, String type)
      throws GeneralSecurityException, IOException {
    KeyStore store = KeyStore.getInstance(type == null ? "JKS" : type);
    try (InputStream in = Files.newInputStream(Path.of(location))) {
      store.load(in, password == null ? null : password.toCharArray());
    }
    return store;
  }

  @Override
  public String toString() {
    return "RegistrySsl[truststore="
        + truststoreLocation
        + " ("
        + truststoreType
        + "), keystore="
        + keystoreLocation
        + " ("
        + keystoreType
        + "), passwords=[hidden]]";
  }
}
