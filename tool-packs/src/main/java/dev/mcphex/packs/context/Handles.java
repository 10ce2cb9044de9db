package dev.mcphex.packs.context;

import dev.mcphex.ports.driven.ContextStore;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.spi.McpContext;
import dev.mcphex.ports.spi.PackEnvironment;
import dev.mcphex.ports.spi.ToolCall;
import dev.mcphex.ports.spi.ToolExecutionException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The handles of the {@code context} pack and the entries under them, kept in a {@link ContextStore}. A
 * handle's record (its owner and expiry) lives in one scope, with the handle's lifetime as its time to
 * live; its entries live in a scope of their own, never longer than the handle.
 */
final class Handles {
    static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);
    static final int MAX_KEY_CHARS = 256;
    static final int MAX_VALUE_CHARS = 65_536;
    private static final String PREFIX = "ctx_";
    private static final String HANDLES_SCOPE = "mcphex.context-pack.handles";
    private static final String ENTRIES_SCOPE = "mcphex.context-pack.entries:";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PackEnvironment environment;
    private final Clock clock;
    private final Duration maxLifetime;

    /** Handles over the environment's context store, looked up on each call. */
    Handles(PackEnvironment environment, Duration maxLifetime) {
        this.environment = environment;
        this.clock = environment.clock();
        this.maxLifetime = maxLifetime;
    }

    JsonNode create(ToolCall call, McpContext context) {
        ContextStore live = store();
        Duration lifetime = call.get("lifetimeSeconds") == null ? min(DEFAULT_LIFETIME, maxLifetime)
                : seconds(call, "lifetimeSeconds", maxLifetime);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String handle = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expiresAt = clock.instant().plus(lifetime);
        live.put(HANDLES_SCOPE, handle, Json.object().put("owner", context.principal().subject())
                .put("expiresAt", expiresAt.toString()), lifetime);
        return Json.object().put("handle", handle).put("expiresAt", expiresAt.toString())
                .put("lifetimeSeconds", lifetime.toSeconds());
    }

    JsonNode put(ToolCall call, McpContext context) {
        String handle = handle(call);
        Instant expiresAt = owned(handle, context);
        String key = key(call);
        JsonNode value = call.arguments().get("value");
        if (value == null) {
            throw new ToolExecutionException("Missing argument: value (any JSON value, null included)");
        }
        if (Json.write(value).length() > MAX_VALUE_CHARS) {
            throw new ToolExecutionException("The value is longer than " + MAX_VALUE_CHARS + " characters serialized");
        }
        Duration left = Duration.between(clock.instant(), expiresAt);
        Duration ttl = call.get("ttlSeconds") == null ? left : min(seconds(call, "ttlSeconds", maxLifetime), left);
        if (ttl.isNegative() || ttl.isZero()) {
            throw expired(handle);
        }
        store().put(ENTRIES_SCOPE + handle, key, value, ttl);
        return Json.object().put("handle", handle).put("key", key).put("expiresAt", clock.instant().plus(ttl).toString());
    }

    JsonNode get(ToolCall call, McpContext context) {
        String handle = handle(call);
        owned(handle, context);
        String key = key(call);
        ObjectNode result = Json.object().put("handle", handle).put("key", key);
        store().get(ENTRIES_SCOPE + handle, key).ifPresentOrElse(value -> result.put("found", true).set("value", value),
                () -> result.put("found", false));
        return result;
    }

    JsonNode delete(ToolCall call, McpContext context) {
        String handle = handle(call);
        owned(handle, context);
        String key = key(call);
        return Json.object().put("handle", handle).put("key", key)
                .put("deleted", store().delete(ENTRIES_SCOPE + handle, key));
    }

    JsonNode list(ToolCall call, McpContext context) {
        String handle = handle(call);
        owned(handle, context);
        ObjectNode result = Json.object().put("handle", handle);
        var keys = result.putArray("keys");
        new TreeSet<>(store().keys(ENTRIES_SCOPE + handle)).forEach(keys::add);
        return result;
    }

    /** When the caller's handle expires; a tool error if the handle is unknown, expired or someone else's. */
    private Instant owned(String handle, McpContext context) {
        JsonNode record = store().get(HANDLES_SCOPE, handle).orElseThrow(() -> expired(handle));
        if (!context.principal().subject().equals(record.path("owner").asString(""))) {
            throw expired(handle);
        }
        try {
            Instant expiresAt = Instant.parse(record.path("expiresAt").asString(""));
            if (!expiresAt.isAfter(clock.instant())) {
                throw expired(handle);
            }
            return expiresAt;
        } catch (DateTimeParseException e) {
            throw new ToolExecutionException("The handle " + handle + " has an unreadable record; create a new one", e);
        }
    }

    private static ToolExecutionException expired(String handle) {
        return new ToolExecutionException("Unknown or expired context handle " + handle
                + ": create a new one with context_create_handle");
    }

    private ContextStore store() {
        return environment.contextStore()
                .orElseThrow(() -> new ToolExecutionException("No context store is configured on this server"));
    }

    private static String handle(ToolCall call) {
        String handle = call.string("handle");
        if (handle == null || handle.isBlank()) {
            throw new ToolExecutionException("Missing argument: handle (from context_create_handle)");
        }
        return handle.strip();
    }

    private static String key(ToolCall call) {
        String key = call.string("key");
        if (key == null || key.isEmpty() || key.length() > MAX_KEY_CHARS) {
            throw new ToolExecutionException("The key must be 1 to " + MAX_KEY_CHARS + " characters long");
        }
        return key;
    }

    private static Duration seconds(ToolCall call, String argument, Duration max) {
        long value = call.integer(argument, -1);
        if (value < 1 || value > max.toSeconds()) {
            throw new ToolExecutionException(argument + " must be a whole number from 1 to " + max.toSeconds());
        }
        return Duration.ofSeconds(value);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
