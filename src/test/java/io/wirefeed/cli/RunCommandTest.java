package io.wirefeed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

  @Test
  void aConfigWithoutARegistryFailsAtStartSayingWhatToSet(@TempDir Path dir) throws IOException {
    Path config = Files.writeString(dir.resolve("wirefeed.properties"), "bootstrap.servers=x:1\n");

    CommandRun run = CommandRun.of("run", "--config", config.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip())
        .startsWith("wirefeed: missing config 'schema.registry.url'")
        .contains("WIREFEED_SCHEMA_REGISTRY_URL")
        .doesNotContain("\tat ");
  }

  @Test
  void aMistypedKeyIsOneLineNamingItAndTheKeyMeantWithExitCode2(@TempDir Path dir)
      throws IOException {
    Path config =
        Files.writeString(
            dir.resolve("wirefeed.properties"),
            "bootstrap.servers=x:1\nschema.registry.url=http://r:1\ntopic.storys=x\n");

    CommandRun run = CommandRun.of("run", "--config", config.toString());

    run.assertOneLineError(2)
        .startsWith("wirefeed: unknown key topic.storys: did you mean topic.stories?");
  }

  @Test
  void anUnknownOptionIsRefusedInOneLineThatSaysWhereTheUsageIs() {
    CommandRun run = CommandRun.of("run", "--no-such-flag");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines())
        .containsExactly("wirefeed: Unknown option: '--no-such-flag' (see 'wirefeed run --help')");
  }
}
