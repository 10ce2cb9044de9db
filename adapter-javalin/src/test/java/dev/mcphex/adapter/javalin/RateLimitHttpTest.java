package dev.mcphex.adapter.javalin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.adapter.javalin.auth.KeySource;
import dev.mcphex.adapter.javalin.auth.ResourceServer;
import dev.mcphex.domain.McpEngine;
import dev.mcphex.domain.Mcphex;
import dev.mcphex.domain.access.RateLimits;
import dev.mcphex.ports.driven.RateLimiter.Limit;
import dev.mcphex.ports.protocol.ToolResult;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Rate limits through real HTTP: a caller over its limit gets 429 with {@code Retry-After}, and no tool runs. */
class RateLimitHttpTest {
    private static final Limit TWO_AN_HOUR = new Limit(2, Duration.ofHours(1));

    private final AtomicInteger calls = new AtomicInteger();
    private McpEngine engine;
    private HttpTestServer http;

    @BeforeEach
    void start() {
        engine = Mcphex.server("rate-limit-test", "1.0.0")
                .tool(TestTools.tool("count", (call, context) -> {
                    calls.incrementAndGet();
                    return ToolResult.text("counted");
                }))
                .rateLimits(new RateLimits(TWO_AN_HOUR, null, Map.of()))
                .build();
        http = HttpTestServer.start(engine, o -> o, ResourceServer.of(
                BearerAuthTest.options(new KeySource.Hmac(Tokens.SECRET, null), Set.of("HS256"))));
    }

    @AfterEach
    void stop() throws Exception {
        http.close();
        engine.close();
    }

    private HttpResponse<String> call(String subject) {
        ModernRequest request = ModernRequest.call("count");
        Map<String, String> headers = new HashMap<>(request.headers);
        headers.put("Authorization", "Bearer " + Tokens.hs256(subject, "tools:read"));
        return http.send(http.post(request.json(), headers));
    }

    @Test
    void callerOverItsLimit_isRefusedWith429AndRetryAfter_andTheToolDoesNotRun() {
        assertThat(call("alice").statusCode()).isEqualTo(200);
        assertThat(call("alice").statusCode()).isEqualTo(200);

        HttpResponse<String> refused = call("alice");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(429);
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isPositive().isLessThanOrEqualTo(TWO_AN_HOUR.period().toSeconds());
        JsonNode error = HttpTestServer.json(refused).get("error");
        assertThat(error.get("code").intValue()).isEqualTo(-32029);
        assertThat(error.get("data").get("retryAfterSeconds").longValue()).isEqualTo(retryAfter);
        assertThat(calls.get()).isEqualTo(2);
    }

    @Test
    void anotherCaller_isStillServed_whileOneIsOverItsLimit() {
        call("alice");
        call("alice");
        assertThat(call("alice").statusCode()).isEqualTo(429);

        assertThat(call("bob").statusCode()).isEqualTo(200);
        assertThat(calls.get()).isEqualTo(3);
    }
}
