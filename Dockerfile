# The wirefeed image: `mvn -B -q -DskipTests package` first, then `docker build -t wirefeed .`
# (docker-compose.yml does both the build and the run). Configure it with WIREFEED_* variables;
# see the README's "Configuration".
# Any Java 17 runtime image with groupadd/useradd will do (CI smoke-tests it on its Debian base).
ARG JRE_IMAGE=eclipse-temurin:17-jre
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

ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/wirefeed/wirefeed.jar"]
CMD ["run"]
