package dev.mcphex.packs.context;

import static dev.mcphex.packs.support.Schemas.integer;
import static dev.mcphex.packs.support.Schemas.property;

import dev.mcphex.packs.support.Schemas;
import dev.mcphex.ports.protocol.ToolAnnotations;
import dev.mcphex.ports.protocol.ToolDefinition;
import dev.mcphex.ports.protocol.ToolResult;
import dev.mcphex.ports.spi.McpContext;
import dev.mcphex.ports.spi.PackEnvironment;
import dev.mcphex.ports.spi.Tool;
import dev.mcphex.ports.spi.ToolCall;
import dev.mcphex.ports.spi.ToolPack;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code context} pack: temporary key-value context for a model to keep between calls, grouped under
 * server-minted handles, as the specification's guidance on stateful tools advises for the stateless
 * protocol era. {@value #CREATE} mints a handle that lives for a stated time; {@value #PUT},
 * {@value #GET}, {@value #DELETE} and {@value #LIST} work on the entries under it. A handle belongs to
 * the principal that created it: to anyone else it is unknown. Entries never outlive their handle.
 * Entries live in the server's {@link dev.mcphex.ports.driven.ContextStore}, so every instance sharing that store sees them.
 */
public final class ContextToolPack implements ToolPack {
    /** The pack's name, as {@code MCP_TOOL_PACKS} lists it. */
    public static final String NAME = "context";
    public static final String CREATE = "context_create_handle";
    public static final String PUT = "context_put";
    public static final String GET = "context_get";
    public static final String DELETE = "context_delete";
    public static final String LIST = "context_list";

    private final Duration maxLifetime;

    /**
     * A pack whose handles live at most {@code maxLifetime}.
     *
     * @param maxLifetime the longest lifetime a handle may ask for; positive
     */
    public ContextToolPack(Duration maxLifetime) {
        this.maxLifetime = Objects.requireNonNull(maxLifetime, "maxLifetime");
        if (maxLifetime.isNegative() || maxLifetime.isZero()) {
            throw new IllegalArgumentException("maxLifetime must be positive");
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The tools over no store: each call says that no context store is configured. */
    @Override
    public List<Tool> tools() {
        return tools(PackEnvironment.none());
    }

    @Override
    public List<Tool> tools(PackEnvironment environment) {
        Handles handles = new Handles(environment, maxLifetime);
        long maxSeconds = maxLifetime.toSeconds();
        ObjectNode create = integer(Schemas.object(), "lifetimeSeconds", "How long the handle lives; "
                + Math.min(Handles.DEFAULT_LIFETIME.toSeconds(), maxSeconds) + " s by default", 1, maxSeconds);
        ObjectNode put = keyed();
        property(put, "value", null, "Any JSON value, at most " + Handles.MAX_VALUE_CHARS + " characters serialized", true);
        integer(put, "ttlSeconds", "How long the entry lives; as long as the handle by default, never longer",
                1, maxSeconds);
        ToolAnnotations local = new ToolAnnotations(null, false, false, true, false);
        return List.of(
                tool(CREATE, "Create a context handle", "Creates a new, unguessable handle under which context_put and "
                        + "context_get keep key-value context for a stated lifetime; only you can use it", create,
                        new ToolAnnotations(null, false, false, false, false), handles::create),
                tool(PUT, "Store a value", "Stores a JSON value under a key of a context handle, replacing any "
                        + "value there", put, local, handles::put),
                tool(GET, "Read a value", "Reads the value stored under a key of a context handle", keyed(),
                        ToolAnnotations.readOnly(), handles::get),
                tool(DELETE, "Delete a value", "Deletes the value stored under a key of a context handle", keyed(),
                        new ToolAnnotations(null, false, true, true, false), handles::delete),
                tool(LIST, "List keys", "Lists the keys that hold values under a context handle, sorted",
                        property(Schemas.object(), "handle", "string", "A handle from context_create_handle", true),
                        ToolAnnotations.readOnly(), handles::list));
    }

    private static ObjectNode keyed() {
        ObjectNode schema = property(Schemas.object(), "handle", "string", "A handle from context_create_handle", true);
        return property(schema, "key", "string", "The entry's key, 1 to " + Handles.MAX_KEY_CHARS + " characters", true);
    }

    private static Tool tool(String name, String title, String description, ObjectNode schema,
                             ToolAnnotations annotations, Operation operation) {
        ToolDefinition definition = ToolDefinition.of(name, description, schema).withTitle(title)
                .withAnnotations(annotations);
        return new Tool(definition, (call, context) -> ToolResult.structured(operation.apply(call, context)));
    }

    /** One tool's work: the structured result of a call. */
    @FunctionalInterface
    private interface Operation {
        JsonNode apply(ToolCall call, McpContext context);
    }
}
