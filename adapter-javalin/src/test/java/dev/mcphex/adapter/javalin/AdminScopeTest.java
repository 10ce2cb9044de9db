package dev.mcphex.adapter.javalin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.adapter.javalin.auth.KeySource;
import dev.mcphex.adapter.javalin.auth.ResourceServer;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Routes that need a scope as well as a valid token. */
class AdminScopeTest {
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Javalin javalin;

    @BeforeEach
    void start() {
        ResourceServer auth = ResourceServer.of(BearerAuthTest.options(new KeySource.Hmac(Tokens.SECRET, null), Set.of("HS256")));
        javalin = Javalin.create(config -> {
            auth.protect(config, "admin", List.of("/api/tools/{name}/config"));
            config.routes.get("/api/tools/{name}/config", ctx -> ctx.result("secret"));
        }).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        javalin.stop();
        client.close();
    }

    private HttpResponse<String> get(String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + javalin.port() + "/api/tools/x/config"))
                .timeout(Duration.ofSeconds(10));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void noToken_is401() throws Exception {
        assertThat(get(null).statusCode()).isEqualTo(401);
    }

    @Test
    void tokenWithoutTheScope_is403WithAnInsufficientScopeChallenge() throws Exception {
        HttpResponse<String> response = get(Tokens.hs256("alice", "tools:read"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("WWW-Authenticate")).get().asString()
                .contains("insufficient_scope").contains("scope=\"admin\"");
        assertThat(response.body()).doesNotContain("secret");
    }

    @Test
    void tokenWithTheScope_reachesTheRoute() throws Exception {
        HttpResponse<String> response = get(Tokens.hs256("root", "admin"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("secret");
    }
}
