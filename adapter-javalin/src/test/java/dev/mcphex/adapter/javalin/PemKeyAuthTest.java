package dev.mcphex.adapter.javalin;

import static org.assertj.core.api.Assertions.assertThat;

import com.auth0.jwt.algorithms.Algorithm;
import dev.mcphex.adapter.javalin.auth.KeySource;
import dev.mcphex.adapter.javalin.auth.ResourceServer;
import dev.mcphex.domain.McpEngine;
import dev.mcphex.domain.Mcphex;
import dev.mcphex.ports.protocol.ToolResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ES256 tokens verified with a public key read from a PEM file. */
class PemKeyAuthTest {
    private final AtomicInteger calls = new AtomicInteger();
    private KeyPair pair;
    private McpEngine engine;
    private HttpTestServer http;

    @TempDir
    Path temp;

    private static KeyPair ec() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    @BeforeEach
    void start() throws Exception {
        pair = ec();
        Path pem = temp.resolve("public.pem");
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pair.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        engine = Mcphex.server("pem-test", "1.0.0").tool(TestTools.tool("open_tool", (call, context) -> {
            calls.incrementAndGet();
            return ToolResult.text("open");
        })).build();
        http = HttpTestServer.start(engine, o -> o,
                ResourceServer.of(BearerAuthTest.options(new KeySource.Pem(pem), Set.of("ES256"))));
    }

    @AfterEach
    void stop() throws Exception {
        http.close();
        engine.close();
    }

    private int call(String token) {
        ModernRequest request = ModernRequest.call("open_tool");
        Map<String, String> headers = new HashMap<>(request.headers);
        headers.put("Authorization", "Bearer " + token);
        return http.send(http.post(request.json(), headers)).statusCode();
    }

    private static String es256(KeyPair keys) {
        return Tokens.valid("alice").sign(Algorithm.ECDSA256((ECPublicKey) keys.getPublic(),
                (ECPrivateKey) keys.getPrivate()));
    }

    @Test
    void es256Token_signedWithTheMatchingKey_isAccepted() {
        assertThat(call(es256(pair))).isEqualTo(200);
        assertThat(calls).hasValue(1);
    }

    @Test
    void es256Token_signedWithAnotherKey_orAnRs256Token_isRefused() throws Exception {
        assertThat(call(es256(ec()))).isEqualTo(401);
        assertThat(call(Tokens.rs256(Tokens.rsa(), "k1", "alice"))).isEqualTo(401);
        assertThat(calls).hasValue(0);
    }
}
