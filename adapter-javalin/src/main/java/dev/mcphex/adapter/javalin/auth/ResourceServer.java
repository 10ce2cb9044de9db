package dev.mcphex.adapter.javalin.auth;

import dev.mcphex.ports.jsonrpc.ErrorCodes;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.jsonrpc.JsonRpcCodec;
import dev.mcphex.ports.jsonrpc.JsonRpcError;
import dev.mcphex.ports.spi.Principal;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OAuth 2.1 resource-server role of the HTTP transport: checks the bearer token of each request
 * (401 with a {@code WWW-Authenticate} challenge naming the resource metadata when it is missing or
 * invalid), and serves the protected resource metadata at {@code /.well-known/oauth-protected-resource}
 * and at the same path suffixed with the resource's path. When off, every caller is
 * {@link Principal#ANONYMOUS}.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/basic/authorization">MCP authorization</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9728">RFC 9728, OAuth 2.0 Protected Resource Metadata</a>
 */
public final class ResourceServer {
    /** The request attribute the authenticated principal is kept in. */
    public static final String PRINCIPAL = "mcphex.principal";
    /** The request attribute holding the metadata URL, for challenges written later in the request. */
    public static final String METADATA_URL = "mcphex.resourceMetadata";
    private static final Logger LOG = LoggerFactory.getLogger(ResourceServer.class);
    private static final String WELL_KNOWN = "/.well-known/oauth-protected-resource";

    private final AuthOptions options;
    private final TokenVerifier verifier;

    private ResourceServer(AuthOptions options, TokenVerifier verifier) {
        this.options = options;
        this.verifier = verifier;
    }

    /** No authentication: every caller is anonymous. */
    public static ResourceServer disabled() {
        return new ResourceServer(null, null);
    }

    /** Checks tokens as {@code options} say. */
    public static ResourceServer of(AuthOptions options) {
        return new ResourceServer(options, new TokenVerifier(options));
    }

    /** Checks tokens with {@code verifier}. */
    public static ResourceServer of(AuthOptions options, TokenVerifier verifier) {
        return new ResourceServer(options, verifier);
    }

    public boolean enabled() {
        return verifier != null;
    }

    /** Registers the protected resource metadata routes; nothing when authentication is off. */
    public void addTo(JavalinConfig config) {
        if (!enabled()) {
            return;
        }
        config.routes.get(WELL_KNOWN, this::metadata);
        String path = options.resource().getRawPath();
        if (path != null && !path.isEmpty() && !"/".equals(path)) {
            config.routes.get(WELL_KNOWN + path, this::metadata);
        }
    }

    /**
     * Requires a valid bearer token on each of {@code paths} too (exact paths), such as operations
     * endpoints that reveal the catalogue; nothing when authentication is off.
     */
    public void protect(JavalinConfig config, String... paths) {
        if (!enabled()) {
            return;
        }
        for (String path : paths) {
            config.routes.before(path, ctx -> {
                if (authenticate(ctx) == null) {
                    ctx.skipRemainingHandlers();
                }
            });
        }
    }

    /**
     * Like {@link #protect}, and the token must also grant {@code scope} (403 with an
     * {@code insufficient_scope} challenge otherwise); nothing when authentication is off.
     */
    public void protect(JavalinConfig config, String scope, Collection<String> paths) {
        if (!enabled()) {
            return;
        }
        for (String path : paths) {
            config.routes.before(path, ctx -> {
                Principal principal = authenticate(ctx);
                if (principal == null) {
                    ctx.skipRemainingHandlers();
                } else if (!principal.hasScope(scope)) {
                    ctx.header("WWW-Authenticate", insufficientScope(ctx, List.of(scope)));
                    ctx.status(403).contentType("application/json").result(JsonRpcCodec.write(new JsonRpcError(null,
                            ErrorCodes.INVALID_REQUEST, "Forbidden: scope " + scope + " is required")));
                    ctx.skipRemainingHandlers();
                }
            });
        }
    }

    /**
     * The caller of this request, kept as the {@link #PRINCIPAL} attribute; {@code null} after answering
     * 401 when authentication is on and the request carries no valid bearer token.
     */
    public Principal authenticate(Context ctx) {
        if (!enabled()) {
            ctx.attribute(PRINCIPAL, Principal.ANONYMOUS);
            return Principal.ANONYMOUS;
        }
        ctx.attribute(METADATA_URL, metadataUrl());
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.substring(7).isBlank()) {
            unauthorized(ctx, "Bearer resource_metadata=\"" + metadataUrl() + "\"" + scopeParameter(),
                    "Unauthorized: a bearer token is required");
            return null;
        }
        try {
            Principal principal = verifier.verify(header.substring(7).strip());
            ctx.attribute(PRINCIPAL, principal);
            return principal;
        } catch (InvalidTokenException e) {
            LOG.debug("Refused a token: {}", e.getMessage());
            unauthorized(ctx, "Bearer error=\"invalid_token\", error_description=\"" + e.getMessage()
                    + "\", resource_metadata=\"" + metadataUrl() + "\"", "Unauthorized: " + e.getMessage());
            return null;
        }
    }

    /** The caller a request was authenticated as, or anonymous when none was. */
    public static Principal principalOf(Context ctx) {
        Principal principal = ctx.attribute(PRINCIPAL);
        return principal == null ? Principal.ANONYMOUS : principal;
    }

    /** The challenge of a request refused for lacking {@code scopes} (403). */
    public static String insufficientScope(Context ctx, Collection<String> scopes) {
        String metadata = ctx.attribute(METADATA_URL);
        return "Bearer error=\"insufficient_scope\", scope=\"" + String.join(" ", scopes) + "\""
                + (metadata == null ? "" : ", resource_metadata=\"" + metadata + "\"");
    }

    /** Where the protected resource metadata is: the well-known path suffixed with the resource's path. */
    public String metadataUrl() {
        URI resource = options.resource();
        String path = resource.getRawPath() == null || "/".equals(resource.getRawPath()) ? "" : resource.getRawPath();
        return resource.getScheme() + "://" + resource.getRawAuthority() + WELL_KNOWN + path;
    }

    private String scopeParameter() {
        return options.scopesSupported().isEmpty() ? ""
                : ", scope=\"" + String.join(" ", options.scopesSupported()) + "\"";
    }

    private void metadata(Context ctx) {
        ObjectNode body = Json.object().put("resource", options.resource().toString());
        var servers = body.putArray("authorization_servers");
        options.authorizationServers().forEach(servers::add);
        var scopes = body.putArray("scopes_supported");
        options.scopesSupported().forEach(scopes::add);
        body.putArray("bearer_methods_supported").add("header");
        ctx.status(200).contentType("application/json").result(Json.MAPPER.writeValueAsString(body));
    }

    private static void unauthorized(Context ctx, String challenge, String message) {
        ctx.header("WWW-Authenticate", challenge);
        ctx.status(401).contentType("application/json")
                .result(JsonRpcCodec.write(new JsonRpcError(null, ErrorCodes.INVALID_REQUEST, message)));
    }
}
