package io.wirefeed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryCommandTest {

  private static final String ORIGIN =
      "{\"type\":\"record\",\"name\":\"Origin\",\"namespace\":\"io.wirefeed.avro\","
          + "\"fields\":[{\"name\":\"topic\",\"type\":\"string\"}]}";
  private static final Pattern URL = Pattern.compile("registry=(http://\\S+)");

  private final HttpClient http = HttpClient.newHttpClient();
  @TempDir Path dataDir;

  @Test
  void servesTheSameSchemasAndIdsAfterARestart() throws Exception {
    String id;
    try (Served first = Served.start(dataDir)) {
      String registered =
          send(first.url() + "/subjects/t-value/versions", "{\"schema\":" + quoted(ORIGIN) + "}");
      id = registered.replaceAll(".*\"id\":(\\d+).*", "$1");
    }

    try (Served second = Served.start(dataDir)) {
      assertThat(get(second.url() + "/schemas/ids/" + id)).contains("\"subject\":\"t-value\"");
      assertThat(get(second.url() + "/subjects")).isEqualTo("[\"t-value\"]");
    }
  }

  @Test
  void aPortOutOfRangeIsRefusedNamingTheFlag() {
    CommandRun run = CommandRun.of("registry", "--port", "99999", "--data-dir", dataDir.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--port must be from 0 to 65535");
  }

  private String send(String url, String body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/vnd.schemaregistry.v1+json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
  }

  private String get(String url) throws Exception {
    return http.send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\"", "\\\"") + "\"";
  }

  /** The command running in a thread of this JVM until closed. */
  private record Served(Thread thread, String url) implements AutoCloseable {

    static Served start(Path dataDir) throws InterruptedException {
      StringWriter out = new StringWriter();
      var commandLine = Main.commandLine();
      commandLine.setOut(new PrintWriter(out, true));
      commandLine.setErr(new PrintWriter(new StringWriter(), true));
      Thread thread =
          new Thread(
              () ->
                  commandLine.execute("registry", "--port", "0", "--data-dir", dataDir.toString()),
              "registry-command");
      thread.start();
      for (int wait = 0; wait < 200; wait++) {
        Matcher url = URL.matcher(out.toString());
        if (url.find()) {
          return new Served(thread, url.group(1));
        }
        Thread.sleep(50);
      }
      thread.interrupt();
      throw new AssertionError("the registry printed no address within 10 s: " + out);
    }

    @Override
    public void close() throws InterruptedException {
      thread.interrupt();
      thread.join(10_000);
    }
  }
}
