# syntax=docker/dockerfile:1
# Build stage: the Maven wrapper builds the runnable jar (tests run in CI, not here).
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -ntp -DskipTests package -pl distribution -am

# Runtime stage: a JRE, the jar, a non-root user.
FROM eclipse-temurin:21-jre
RUN groupadd --system mcphex && useradd --system --gid mcphex --home-dir /opt/mcphex --shell /usr/sbin/nologin mcphex \
    && mkdir -p /opt/mcphex /var/log/mcphex && chown mcphex:mcphex /var/log/mcphex \
    && apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/distribution/target/mcphex.jar /opt/mcphex/mcphex.jar
COPY bin/find-java bin/java-options bin/mcphex-jar /opt/mcphex/bin/
ENV MCP_HTTP_HOST=0.0.0.0 \
    MCP_PORT=8000 \
    LOG_FORMAT=json \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
# The launcher's JVM flags (bin/java-options); these runs write the start-up caches beside the jar (one
# for every command, one for `stdio`), which the mcphex user cannot write to.
RUN /opt/mcphex/bin/mcphex-jar /opt/mcphex/mcphex.jar version \
    && /opt/mcphex/bin/mcphex-jar /opt/mcphex/mcphex.jar stdio </dev/null
USER mcphex
WORKDIR /opt/mcphex
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
    CMD curl -fsS http://127.0.0.1:8000/healthz || exit 1
ENTRYPOINT ["/opt/mcphex/bin/mcphex-jar", "/opt/mcphex/mcphex.jar"]
CMD ["serve"]
