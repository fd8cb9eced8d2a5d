# The wirefeed image: `mvn -B -q -DskipTests package` first, then `docker build -t wirefeed .`
# (docker-compose.yml does both the build and the run). Configure it with WIREFEED_* variables;
# see docs/configuration.md.
# Any Java 17 runtime image with bash, groupadd and useradd will do (CI smoke-tests it on its
# Debian base with --build-arg JRE_IMAGE=...). Pinned by version and digest so that a build gets
# the image it was checked with; to update, pick the new 17 tag and take its digest from
# `docker buildx imagetools inspect eclipse-temurin:TAG` (the multi-platform index's).
ARG JRE_IMAGE=eclipse-temurin:17.0.19_10-jre-noble@sha256:543aebd60ff1deb9e906a8d4b117a7eda68a7f8e0d71041db2b5839d7fa057b8
FROM ${JRE_IMAGE}

RUN groupadd --system wirefeed \
 && useradd --system --gid wirefeed --home-dir /var/lib/wirefeed wirefeed \
 && mkdir -p /opt/wirefeed /var/lib/wirefeed/state \
 && chown -R wirefeed:wirefeed /var/lib/wirefeed

COPY target/wirefeed.jar /opt/wirefeed/wirefeed.jar

USER wirefeed
WORKDIR /var/lib/wirefeed
# RocksDB dedup state; keep it on a volume so a restart does not replay the changelog.
ENV WIREFEED_STATE_DIR=/var/lib/wirefeed/state
VOLUME ["/var/lib/wirefeed/state"]
# /health/live, /health/ready and /metrics; ready once Kafka Streams runs.
ENV WIREFEED_HEALTH_PORT=8080
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=4 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${WIREFEED_HEALTH_PORT} && printf 'GET /health/ready HTTP/1.0\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]

ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/wirefeed/wirefeed.jar"]
CMD ["run"]
