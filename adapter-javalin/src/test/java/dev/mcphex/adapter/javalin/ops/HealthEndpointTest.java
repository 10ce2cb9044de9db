package dev.mcphex.adapter.javalin.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.domain.McpEngine;
import dev.mcphex.domain.Mcphex;
import dev.mcphex.ports.driven.Health;
import dev.mcphex.ports.driven.HealthCheck;
import dev.mcphex.ports.jsonrpc.Json;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class HealthEndpointTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private final McpEngine engine = Mcphex.server("weather", "1.0.0").build();
    private final HttpMetrics metrics = new HttpMetrics(engine);
    private OpsServer server;

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        metrics.close();
        engine.close();
    }

    private HttpResponse<String> health(Duration timeout, HealthCheck... checks) {
        var endpoints = new OperationsEndpoints(engine, List.of(checks), metrics,
                Clock.fixed(NOW, ZoneOffset.UTC), NOW.minusSeconds(60), timeout);
        server = OpsServer.start(endpoints);
        return server.get("/health");
    }

    private HttpResponse<String> health(HealthCheck... checks) {
        return health(OperationsEndpoints.DEFAULT_HEALTH_CHECK_TIMEOUT, checks);
    }

    @Test
    void withoutChecks_isHealthyAndReportsBothStoresAsNotConfigured() {
        HttpResponse<String> response = health();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.body()).doesNotContain("\n");
        JsonNode body = Json.parse(response.body());
        assertThat(body.get("status").stringValue()).isEqualTo("healthy");
        assertThat(body.get("service").stringValue()).isEqualTo("mcp-server");
        assertThat(body.get("postgresql").stringValue()).isEqualTo("not configured");
        assertThat(body.get("redis").stringValue()).isEqualTo("not configured");
        assertThat(body.get("timestamp").stringValue()).isEqualTo("2026-03-01T12:00:00Z");
        assertThat(body.get("components").isEmpty()).isTrue();
    }

    @Test
    void upPostgresql_isReportedConnectedAndHealthy() {
        HttpResponse<String> response = health(Checks.reporting("postgresql", Health.Status.UP, "pool 3/10"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = Json.parse(response.body());
        assertThat(body.get("status").stringValue()).isEqualTo("healthy");
        assertThat(body.get("postgresql").stringValue()).isEqualTo("connected");
        assertThat(body.get("redis").stringValue()).isEqualTo("not configured");
        assertThat(body.at("/components/postgresql/status").stringValue()).isEqualTo("UP");
        assertThat(body.at("/components/postgresql/detail").stringValue()).isEqualTo("pool 3/10");
    }

    @Test
    void degradedRedis_isReportedDisconnectedAndDegradedWith200() {
        HttpResponse<String> response = health(
                Checks.reporting("postgresql", Health.Status.UP, null),
                Checks.reporting("redis", Health.Status.DEGRADED, "buffering notifications"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = Json.parse(response.body());
        assertThat(body.get("status").stringValue()).isEqualTo("degraded");
        assertThat(body.get("postgresql").stringValue()).isEqualTo("connected");
        assertThat(body.get("redis").stringValue()).isEqualTo("disconnected");
        assertThat(body.at("/components/redis/status").stringValue()).isEqualTo("DEGRADED");
        assertThat(body.at("/components/postgresql/detail").isMissingNode()).isTrue();
    }

    @Test
    void downDependency_makesTheServerUnhealthyWith503() {
        HttpResponse<String> response = health(
                Checks.reporting("postgresql", Health.Status.DOWN, "connection refused"),
                Checks.reporting("redis", Health.Status.DEGRADED, null));

        assertThat(response.statusCode()).isEqualTo(503);
        JsonNode body = Json.parse(response.body());
        assertThat(body.get("status").stringValue()).isEqualTo("unhealthy");
        assertThat(body.get("postgresql").stringValue()).isEqualTo("disconnected");
        assertThat(body.at("/components/postgresql/detail").stringValue()).isEqualTo("connection refused");
    }

    @Test
    void hangingCheck_timesOutAsDownWhileTheOthersStillReport() {
        var hanging = new Checks.Hanging("redis");
        try {
            long started = System.nanoTime();
            HttpResponse<String> response = health(Duration.ofMillis(300), hanging,
                    Checks.reporting("postgresql", Health.Status.UP, null));
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(took).isLessThan(Duration.ofSeconds(3));
            assertThat(response.statusCode()).isEqualTo(503);
            JsonNode body = Json.parse(response.body());
            assertThat(body.get("status").stringValue()).isEqualTo("unhealthy");
            assertThat(body.get("redis").stringValue()).isEqualTo("disconnected");
            assertThat(body.get("postgresql").stringValue()).isEqualTo("connected");
            assertThat(body.at("/components/redis/detail").stringValue()).contains("300 ms");
        } finally {
            hanging.release();
        }
    }

    @Test
    void hangingCheck_withTheDefaultTimeout_stillLetsHealthAnswerWithinAFewSeconds() {
        var hanging = new Checks.Hanging("postgresql");
        try {
            long started = System.nanoTime();
            HttpResponse<String> first = health(hanging);
            HttpResponse<String> second = server.get("/health");
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(first.statusCode()).isEqualTo(503);
            assertThat(second.statusCode()).isEqualTo(503);
            assertThat(took).isLessThan(Duration.ofSeconds(8));
        } finally {
            hanging.release();
        }
    }

    @Test
    void throwingCheck_isDownWithAGenericDetailThatLeaksNothing() {
        HttpResponse<String> response = health(Checks.throwing("postgresql",
                new IllegalStateException("password=hunter2 rejected by db.internal:5432")));

        assertThat(response.statusCode()).isEqualTo(503);
        JsonNode body = Json.parse(response.body());
        assertThat(body.get("status").stringValue()).isEqualTo("unhealthy");
        assertThat(body.get("postgresql").stringValue()).isEqualTo("disconnected");
        assertThat(body.at("/components/postgresql/detail").stringValue()).isEqualTo("check failed");
        assertThat(response.body()).doesNotContain("hunter2", "db.internal", "IllegalStateException", "at dev.");
    }

    @Test
    void healthz_answersOkWithoutRunningAnyCheck() {
        var hanging = new Checks.Hanging("postgresql");
        try {
            var endpoints = new OperationsEndpoints(engine, List.of(hanging), metrics,
                    Clock.fixed(NOW, ZoneOffset.UTC), NOW, Duration.ofSeconds(30));
            server = OpsServer.start(endpoints);

            HttpResponse<String> response = server.get("/healthz");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("{\"status\":\"ok\"}");
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/json"));
            assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        } finally {
            hanging.release();
        }
    }
}
