package dev.mcphex.distribution.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.mcphex.adapter.javalin.auth.ResourceServer;
import dev.mcphex.distribution.config.AccessConfig;
import dev.mcphex.distribution.config.AuthConfig;
import dev.mcphex.distribution.config.Environment;
import dev.mcphex.distribution.config.HttpConfig;
import dev.mcphex.distribution.config.InvalidConfigurationException;
import java.util.Set;

/**
 * Authentication and authorization: the bearer-token check of the HTTP transport, and what the engine
 * holds callers to. Refuses to serve a non-loopback address without token checks unless told to.
 */
public final class AuthModule extends AbstractModule {
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "::1", "[::1]");

    @Provides
    @Singleton
    AuthConfig authConfig(Environment environment, HttpConfig http) {
        return AuthConfig.from(environment, http);
    }

    @Provides
    @Singleton
    AccessConfig accessConfig(Environment environment) {
        return AccessConfig.from(environment);
    }

    @Provides
    @Singleton
    ResourceServer resourceServer(AuthConfig auth, HttpConfig http) {
        if (auth.options().isPresent()) {
            return ResourceServer.of(auth.options().get());
        }
        if (!loopback(http.host()) && !auth.allowUnauthenticated()) {
            throw new InvalidConfigurationException(HttpConfig.HOST + "=" + http.host() + " is not a loopback"
                    + " address, and no token verification is configured: set " + AuthConfig.SECRET + ", "
                    + AuthConfig.JWKS_URL + " or " + AuthConfig.PUBLIC_KEY_FILE + ", or "
                    + AuthConfig.ALLOW_UNAUTHENTICATED + "=true to serve without authentication");
        }
        return ResourceServer.disabled();
    }

    static boolean loopback(String host) {
        return LOOPBACK_NAMES.contains(host.toLowerCase(java.util.Locale.ROOT)) || host.startsWith("127.");
    }
}
