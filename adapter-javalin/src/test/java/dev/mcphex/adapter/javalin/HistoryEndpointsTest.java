package dev.mcphex.adapter.javalin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.adapter.javalin.auth.KeySource;
import dev.mcphex.adapter.javalin.auth.ResourceServer;
import dev.mcphex.adapter.javalin.ops.HistoryEndpoints;
import dev.mcphex.domain.memory.InMemoryConversationLog;
import dev.mcphex.ports.driven.ConversationLog;
import dev.mcphex.ports.driven.HistoryEntry;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.Era;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/history} over real HTTP, with authentication on and off. */
class HistoryEndpointsTest {
    private static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");
    private static final String ADMIN = "mcp:admin";

    private final ConversationLog log = new InMemoryConversationLog(1_000);
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Javalin javalin;

    @AfterEach
    void stop() {
        if (javalin != null) {
            javalin.stop();
        }
        client.close();
    }

    private void start(ResourceServer auth, Optional<ConversationLog> history) {
        var endpoints = new HistoryEndpoints(history, auth, ADMIN);
        javalin = Javalin.create(endpoints::addTo).start("127.0.0.1", 0);
    }

    private void startWithoutAuth() {
        start(ResourceServer.disabled(), Optional.of(log));
    }

    private void startWithAuth() {
        start(ResourceServer.of(BearerAuthTest.options(new KeySource.Hmac(Tokens.SECRET, null), Set.of("HS256"))),
                Optional.of(log));
    }

    private static HistoryEntry entry(String id, int minute, String principal, String session) {
        return new HistoryEntry(id, T0.plusSeconds(60L * minute), principal, Era.LEGACY, session, "tools/call",
                "forecast", Json.parse("{\"city\":\"Oslo\"}"), "sunny", Duration.ofMillis(12),
                HistoryEntry.Status.ERROR, -32603, "4bf92f3577b34da6a3ce929d0e0e4736");
    }

    private HttpResponse<String> get(String query, String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + javalin.port() + "/api/history" + query))
                .timeout(Duration.ofSeconds(10));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode ok(String query, String token) throws Exception {
        HttpResponse<String> response = get(query, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        return Json.parse(response.body());
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("entries").forEach(e -> ids.add(e.path("id").asString()));
        return ids;
    }

    @Test
    void pages_comeNewestFirst_andTheCursorLeadsThroughAll() throws Exception {
        for (int i = 1; i <= 5; i++) {
            log.append(entry("e" + i, i, "alice", "s1"));
        }
        startWithoutAuth();

        JsonNode first = ok("?limit=2", null);
        assertThat(ids(first)).containsExactly("e5", "e4");
        JsonNode second = ok("?limit=2&cursor=" + first.path("nextCursor").asString(), null);
        assertThat(ids(second)).containsExactly("e3", "e2");
        JsonNode last = ok("?limit=2&cursor=" + second.path("nextCursor").asString(), null);
        assertThat(ids(last)).containsExactly("e1");
        assertThat(last.get("nextCursor").isNull()).isTrue();
    }

    @Test
    void everyFieldOfAnEntry_isAnswered() throws Exception {
        log.append(entry("e1", 1, "alice", "s1"));
        log.append(new HistoryEntry("e2", T0, "bob", Era.MODERN, null, "ping", null, null, "", Duration.ZERO,
                HistoryEntry.Status.OK, null, null));
        startWithoutAuth();

        JsonNode entries = ok("", null).path("entries");

        assertThat(entries.get(0)).isEqualTo(Json.parse("""
                {"id":"e1","timestamp":"2026-05-01T10:01:00Z","principal":"alice","era":"legacy","session":"s1",
                 "method":"tools/call","tool":"forecast","arguments":{"city":"Oslo"},"resultSummary":"sunny",
                 "durationMs":12,"status":"ERROR","errorCode":-32603,"traceId":"4bf92f3577b34da6a3ce929d0e0e4736"}"""));
        assertThat(entries.get(1)).isEqualTo(Json.parse("""
                {"id":"e2","timestamp":"2026-05-01T10:00:00Z","principal":"bob","era":"modern","session":null,
                 "method":"ping","tool":null,"arguments":{},"resultSummary":"","durationMs":0,"status":"OK",
                 "errorCode":null,"traceId":null}"""));
    }

    @Test
    void timeRange_andSession_narrowTheEntries() throws Exception {
        for (int i = 1; i <= 5; i++) {
            log.append(entry("e" + i, i, "alice", i % 2 == 0 ? "even" : "odd"));
        }
        startWithoutAuth();

        assertThat(ids(ok("?from=2026-05-01T10:02:00Z&to=2026-05-01T10:04:00Z", null))).containsExactly("e3", "e2");
        assertThat(ids(ok("?session=even", null))).containsExactly("e4", "e2");
        assertThat(ids(ok("?session=odd&from=2026-05-01T10:02:00Z", null))).containsExactly("e5", "e3");
    }

    @Test
    void withAuthentication_aCallerWithoutTheAdminScope_seesOnlyTheirOwnHistory() throws Exception {
        log.append(entry("mine", 1, "alice", "s1"));
        log.append(entry("theirs", 2, "bob", "s1"));
        startWithAuth();
        String alice = Tokens.hs256("alice", "tools:read");

        assertThat(ids(ok("", alice))).containsExactly("mine");
        assertThat(ids(ok("?session=s1", alice))).containsExactly("mine");
        assertThat(ids(ok("?principal=alice", alice))).containsExactly("mine");
        HttpResponse<String> other = get("?principal=bob", alice);
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(Json.parse(other.body()).path("parameter").asString()).isEqualTo("principal");
    }

    @Test
    void withAuthentication_anAdmin_readsAnyPrincipal_andAnonymousCallersAreRefused() throws Exception {
        log.append(entry("mine", 1, "alice", "s1"));
        log.append(entry("theirs", 2, "bob", "s1"));
        startWithAuth();
        String root = Tokens.hs256("root", ADMIN);

        assertThat(ids(ok("", root))).containsExactly("theirs", "mine");
        assertThat(ids(ok("?principal=bob", root))).containsExactly("theirs");
        assertThat(get("", null).statusCode()).isEqualTo(401);
    }

    @Test
    void badParameters_are400_namingTheParameter() throws Exception {
        startWithoutAuth();

        assertBad("?limit=0", "limit");
        assertBad("?limit=501", "limit");
        assertBad("?limit=many", "limit");
        assertBad("?from=yesterday", "from");
        assertBad("?to=2026-05-01", "to");
        assertBad("?from=2026-05-02T00:00:00Z&to=2026-05-01T00:00:00Z", "to");
        assertBad("?cursor=" + URLEncoder.encode("not a cursor!", StandardCharsets.UTF_8), "cursor");
        assertBad("?session=", "session");
        assertBad("?limit=1&limit=2", "limit");
        assertBad("?sesion=s1", "sesion");
    }

    private void assertBad(String query, String parameter) throws Exception {
        HttpResponse<String> response = get(query, null);
        assertThat(response.statusCode()).as(query).isEqualTo(400);
        JsonNode body = Json.parse(response.body());
        assertThat(body.path("parameter").asString()).as(query).isEqualTo(parameter);
        assertThat(body.path("error").asString()).as(query).contains(parameter);
    }

    @Test
    void aServerWithoutHistory_answers404() throws Exception {
        start(ResourceServer.disabled(), Optional.empty());

        HttpResponse<String> response = get("", null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Json.parse(response.body()).path("error").asString()).contains("no history");
    }
}
