package dev.mcphex.adapter.javalin.ops;

import dev.mcphex.adapter.javalin.auth.ResourceServer;
import dev.mcphex.ports.driven.ConversationLog;
import dev.mcphex.ports.driven.HistoryCursor;
import dev.mcphex.ports.driven.HistoryQuery;
import dev.mcphex.ports.driven.StoreUnavailableException;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.spi.Principal;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/history}: the conversation history, newest first, one page at a time. Query
 * parameters, each optional: {@code session} (a legacy session id or modern handle), {@code principal},
 * {@code from} and {@code to} (ISO-8601 instants, {@code from} inclusive, {@code to} exclusive),
 * {@code limit} (1 to {@value HistoryQuery#MAX_LIMIT}, {@value #DEFAULT_LIMIT} by default) and
 * {@code cursor} (the previous page's {@code nextCursor}). The answer is
 * {@code {"entries":[...],"nextCursor":...}}; a bad or unknown parameter gets 400 with
 * {@code {"error","parameter"}}, a store that does not answer 503, a server without a history 404.
 * <p>
 * Who sees what: with authentication on, a caller holding the admin scope reads everybody's history;
 * any other caller reads only their own (asking for another {@code principal} is 403). With
 * authentication off, only callers on a loopback address are answered, and they read everything.
 */
public final class HistoryEndpoints {
    /** The path. */
    public static final String PATH = "/api/history";
    /** Entries per page when {@code limit} is not given. */
    public static final int DEFAULT_LIMIT = 50;

    private static final Logger LOG = LoggerFactory.getLogger(HistoryEndpoints.class);
    private static final Set<String> PARAMETERS = Set.of("session", "principal", "from", "to", "limit", "cursor");

    private final Optional<ConversationLog> log;
    private final ResourceServer auth;
    private final String adminScope;

    /**
     * @param log        the history, or empty when the server keeps none
     * @param auth       how callers are authenticated; decides who may read whose history
     * @param adminScope the scope that lets a caller read every principal's history
     */
    public HistoryEndpoints(Optional<ConversationLog> log, ResourceServer auth, String adminScope) {
        this.log = Objects.requireNonNull(log, "log");
        this.auth = Objects.requireNonNull(auth, "auth");
        this.adminScope = Objects.requireNonNull(adminScope, "adminScope");
    }

    /** Registers the endpoint, behind a bearer token check when authentication is on, on a Javalin being configured. */
    public void addTo(JavalinConfig config) {
        auth.protect(config, PATH);
        config.routes.get(PATH, this::query);
    }

    private void query(Context ctx) {
        if (log.isEmpty()) {
            error(ctx, 404, null, "no history is kept: the server has no database configured");
            return;
        }
        Optional<String> onlyPrincipal;
        if (auth.enabled()) {
            Principal caller = ResourceServer.principalOf(ctx);
            onlyPrincipal = caller.hasScope(adminScope) ? Optional.empty() : Optional.of(caller.subject());
        } else if (loopback(ctx.ip())) {
            onlyPrincipal = Optional.empty();
        } else {
            error(ctx, 403, null, "without authentication the history is served to loopback callers only");
            return;
        }
        HistoryQuery query;
        try {
            query = parse(ctx.queryParamMap());
        } catch (BadParameterException e) {
            error(ctx, 400, e.parameter, e.getMessage());
            return;
        }
        if (onlyPrincipal.isPresent()) {
            String own = onlyPrincipal.get();
            if (query.principal() != null && !query.principal().equals(own)) {
                error(ctx, 403, "principal", "reading another principal's history needs the scope " + adminScope);
                return;
            }
            query = query.byPrincipal(own);
        }
        try {
            send(ctx, 200, Json.write(HistoryEntryJson.page(log.get().query(query))));
        } catch (IllegalArgumentException e) {
            error(ctx, 400, "cursor", "cursor is not one this server handed out");
        } catch (StoreUnavailableException e) {
            LOG.warn("Conversation history unavailable: {}", e.getMessage());
            error(ctx, 503, null, e.getMessage());
        }
    }

    /** The query the parameters describe, without any restriction to the caller. */
    static HistoryQuery parse(Map<String, List<String>> parameters) {
        for (var parameter : parameters.entrySet()) {
            if (!PARAMETERS.contains(parameter.getKey())) {
                throw new BadParameterException(parameter.getKey(), "unknown parameter " + parameter.getKey()
                        + "; expected some of session, principal, from, to, limit, cursor");
            }
            if (parameter.getValue().size() != 1) {
                throw new BadParameterException(parameter.getKey(), parameter.getKey() + " must be given once");
            }
        }
        String session = text(parameters, "session");
        String principal = text(parameters, "principal");
        Instant from = instant(parameters, "from");
        Instant to = instant(parameters, "to");
        if (from != null && to != null && !from.isBefore(to)) {
            throw new BadParameterException("to", "to must be after from");
        }
        String cursor = text(parameters, "cursor");
        if (cursor != null) {
            try {
                HistoryCursor.decode(cursor);
            } catch (IllegalArgumentException e) {
                throw new BadParameterException("cursor", "cursor is not one this server handed out");
            }
        }
        return new HistoryQuery(session, principal, from, to, limit(parameters), cursor);
    }

    private static String text(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        if (values == null) {
            return null;
        }
        String value = values.getFirst().strip();
        if (value.isEmpty()) {
            throw new BadParameterException(name, name + " must not be empty");
        }
        return value;
    }

    private static Instant instant(Map<String, List<String>> parameters, String name) {
        String value = text(parameters, name);
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadParameterException(name, name + " must be an ISO-8601 instant such as 2026-01-01T00:00:00Z, not "
                    + value);
        }
    }

    private static int limit(Map<String, List<String>> parameters) {
        String value = text(parameters, "limit");
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= HistoryQuery.MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            LOG.debug("limit is not a number: {}", value);
        }
        throw new BadParameterException("limit", "limit must be a whole number from 1 to " + HistoryQuery.MAX_LIMIT);
    }

    static boolean loopback(String address) {
        try {
            // The remote address is an IP literal, which getByName reads without asking DNS.
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            LOG.debug("The caller's address {} is not an IP literal", address);
            return false;
        }
    }

    private static void error(Context ctx, int status, String parameter, String message) {
        var body = Json.object().put("error", message);
        if (parameter != null) {
            body.put("parameter", parameter);
        }
        send(ctx, status, Json.write(body));
    }

    private static void send(Context ctx, int status, String body) {
        ctx.status(status).header("Cache-Control", "no-store").contentType(OperationsEndpoints.JSON).result(body);
    }

    /** A query parameter that cannot be used, and why. */
    static final class BadParameterException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String parameter;

        BadParameterException(String parameter, String message) {
            super(message);
            this.parameter = parameter;
        }
    }
}
