package io.wirefeed.cli;

import io.wirefeed.runtime.ClusterChecks;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/** Admin calls for the tools, each bounded in time and failing with one line that says why. */
final class ClusterAdmin implements AutoCloseable {

  private final Admin admin;
  private final String bootstrapServers;
  private final Duration timeout;

  ClusterAdmin(ClusterOptions cluster) {
    ClusterChecks.requireBrokerListening(cluster.bootstrapServers());
    this.admin = Admin.create(cluster.clientProperties(AdminClientConfig.configNames()));
    this.bootstrapServers = cluster.bootstrapServers();
    this.timeout = cluster.checkTimeout();
  }

  Admin admin() {
    return admin;
  }

  /** The topics' descriptions; a missing one is named with what to do. */
  Map<String, TopicDescription> requireTopics(Collection<String> topics) {
    try {
      return await(admin.describeTopics(List.copyOf(topics)).allTopicNames());
    } catch (IllegalStateException e) {
      if (e.getCause() instanceof UnknownTopicOrPartitionException) {
        throw new IllegalStateException(
            "topic "
                + topics
                + " not found at "
                + bootstrapServers
                + ": check the name (or topic.* keys), or start the processor once (`run` creates"
                + " its topics)",
            e.getCause());
      }
      throw e;
    }
  }

  /** Whether the topic exists (the links topic does not with linking off). */
  boolean exists(String topic) {
    return await(admin.listTopics().names()).contains(topic);
  }

  <T> T await(KafkaFuture<T> future) {
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException) {
        throw unreachable(e.getCause());
      }
      throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
    } catch (TimeoutException e) {
      throw unreachable(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private IllegalStateException unreachable(Throwable cause) {
    return new IllegalStateException(
        "the Kafka cluster at "
            + bootstrapServers
            + " did not answer within "
            + timeout.toSeconds()
            + " s: check --bootstrap-server (or bootstrap.servers), the network and the security"
            + " settings",
        cause);
  }

  @Override
  public void close() {
    admin.close(Duration.ofSeconds(5));
  }
}
