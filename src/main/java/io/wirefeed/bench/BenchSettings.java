package io.wirefeed.bench;

import java.nio.file.Path;

/**
 * What one benchmark run does.
 *
 * @param messages messages in the generated feed for the throughput runs
 * @param messageBytes the size an original message aims at
 * @param resendShare share of re-sends in the feed
 * @param partitions partitions of the raw topic (and so of every stage)
 * @param threads stream threads of each application, baseline and pipeline alike
 * @param offeredRate messages per second offered in the latency run
 * @param latencySeconds how long the latency run offers its rate
 * @param outputDir where the JSON and Markdown reports go
 * @param demoCommand the command that starts the demo, for the time to its first story; null to
 *     skip that measurement
 * @param runCommand the command that starts {@code run} in a fresh JVM (its {@code -c FILE}
 *     follows), for the latency run; null to run that pipeline in the bench's own JVM
 * @param javaCommand the JVM and class path ({@code java -cp CP}) for the JVMs the measured shapes
 *     run in (see {@link ShapeProcess}) and for the latency run's broker, in a JVM of its own with
 *     Kafka's options (see {@link BrokerProcess}); null to run the latency run on the bench's
 *     broker (the throughput runs need it)
 * @param clientSettings Kafka Streams and client settings applied to the baselines and the pipeline
 *     alike, for trying a tuning against the same baseline
 */
public record BenchSettings(
    int messages,
    int messageBytes,
    double resendShare,
    int partitions,
    int threads,
    int offeredRate,
    int latencySeconds,
    Path outputDir,
    java.util.List<String> demoCommand,
    java.util.List<String> runCommand,
    java.util.List<String> javaCommand,
    java.util.Map<String, String> clientSettings) {}
