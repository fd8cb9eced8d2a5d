package io.wirefeed.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.KafkaStreams.State;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HealthServerTest {

  private final AtomicReference<State> state = new AtomicReference<>(State.CREATED);
  private final HttpClient http = HttpClient.newHttpClient();
  private HealthServer server;

  @BeforeEach
  void start() {
    server = HealthServer.start("127.0.0.1", 0, state::get, () -> "wirefeed_parsed_total 3.0\n");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void readyOnlyWhileRunningAndLiveUntilStoppedOrFailed() throws Exception {
    for (State each : State.values()) {
      state.set(each);
      boolean running = each == State.RUNNING;
      boolean dead =
          each == State.NOT_RUNNING || each == State.ERROR || each == State.PENDING_ERROR;
      assertThat(get("/health/ready").statusCode())
          .as("ready in " + each)
          .isEqualTo(running ? 200 : 503);
      assertThat(get("/health/live").statusCode())
          .as("live in " + each)
          .isEqualTo(dead ? 503 : 200);
    }
    state.set(State.REBALANCING);
    assertThat(get("/health/ready").body())
        .isEqualTo("{\"status\":\"DOWN\",\"state\":\"REBALANCING\"}\n");
  }

  @Test
  void metricsArePrometheusText() throws Exception {
    HttpResponse<String> metrics = get("/metrics");

    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.headers().firstValue("Content-Type")).hasValue(HealthServer.PROMETHEUS_TEXT);
    assertThat(metrics.body()).isEqualTo("wirefeed_parsed_total 3.0\n");
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
