package io.wirefeed.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.wirefeed.embedded.EmbeddedSchemaRegistry;
import io.wirefeed.serde.SchemaRegistryClients;
import io.wirefeed.serde.SchemaRegistryException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The demo's class list goes stale when a dependency changes: a stale list only loses the head
 * start, silently, so this says when to regenerate it (see {@link StartupWarmUp#CLASS_LIST}).
 */
class StartupWarmUpTest {

  @Test
  void classListNamesClassesTheJarStillHas() throws IOException {
    List<String> names;
    try (InputStream in = StartupWarmUp.class.getResourceAsStream(StartupWarmUp.CLASS_LIST)) {
      assertThat(in).as(StartupWarmUp.CLASS_LIST).isNotNull();
      names = new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines().toList();
    }
    long missing =
        names.stream()
            .filter(
                name -> {
                  try {
                    Class.forName(name, false, StartupWarmUp.class.getClassLoader());
                    return false;
                  } catch (ClassNotFoundException | LinkageError e) {
                    return true;
                  }
                })
            .count();

    assertThat(names).hasSizeGreaterThan(1_000);
    assertThat(missing).as("names in the list that no longer load").isLessThan(names.size() / 20);
  }

  @Test
  void askingTheRegistryChangesNothingThereAndNeverFails() {
    try (var registry = EmbeddedSchemaRegistry.start("127.0.0.1", 0)) {
      assertThatCode(() -> StartupWarmUp.askRegistry(registry.url())).doesNotThrowAnyException();

      var stillMissing =
          catchThrowableOfType(
              SchemaRegistryException.class,
              () -> SchemaRegistryClients.forUrl(registry.url()).latest("wire.stories-value"));
      assertThat(stillMissing.httpStatus()).isEqualTo(404);
    }
    assertThatCode(() -> StartupWarmUp.askRegistry("http://127.0.0.1:1"))
        .doesNotThrowAnyException();
  }
}
