package dev.mcphex.domain;

import dev.mcphex.domain.access.AccessPolicy;
import dev.mcphex.domain.agents.AgentsConfiguration;
import dev.mcphex.domain.agents.AgentsFeature;
import dev.mcphex.domain.access.RateLimits;
import dev.mcphex.domain.access.ToolTimeouts;
import dev.mcphex.domain.annotated.AnnotatedHandlers;
import dev.mcphex.domain.catalog.Catalog;
import dev.mcphex.domain.exchange.ClientRequests;
import dev.mcphex.domain.exchange.Interactions;
import dev.mcphex.domain.legacy.InFlightRequests;
import dev.mcphex.domain.legacy.LegacySessions;
import dev.mcphex.domain.memory.InMemoryClientResponseRelay;
import dev.mcphex.domain.memory.InMemoryNotificationBus;
import dev.mcphex.domain.memory.InMemoryRateLimiter;
import dev.mcphex.domain.memory.InMemoryToolConfigurationStore;
import dev.mcphex.domain.memory.InMemorySessionStore;
import dev.mcphex.domain.memory.InMemoryTaskStore;
import dev.mcphex.domain.methods.CompletionMethods;
import dev.mcphex.domain.methods.LegacyMethods;
import dev.mcphex.domain.methods.MethodHandler;
import dev.mcphex.domain.methods.PromptMethods;
import dev.mcphex.domain.methods.ResourceMethods;
import dev.mcphex.domain.methods.ToolMethods;
import dev.mcphex.domain.modern.DiscoverMethod;
import dev.mcphex.domain.modern.ListenMethod;
import dev.mcphex.domain.modern.RequestStateCodec;
import dev.mcphex.ports.driven.ClientResponseRelay;
import dev.mcphex.domain.tasks.AnnouncingTaskStore;
import dev.mcphex.domain.tasks.LegacyTaskMethods;
import dev.mcphex.domain.tasks.TaskInputRelay;
import dev.mcphex.domain.tasks.TaskMethods;
import dev.mcphex.domain.tasks.TaskStatusNotifications;
import dev.mcphex.domain.tasks.TaskWorkers;
import dev.mcphex.domain.tasks.ToolTasks;
import dev.mcphex.ports.driven.NotificationBus;
import dev.mcphex.ports.driven.RateLimiter;
import dev.mcphex.ports.driven.SessionStore;
import dev.mcphex.ports.driven.TaskStore;
import dev.mcphex.ports.driven.ToolConfigurationStore;
import dev.mcphex.ports.protocol.Implementation;
import dev.mcphex.ports.protocol.PromptDefinition;
import dev.mcphex.ports.protocol.ResourceDefinition;
import dev.mcphex.ports.protocol.ToolDefinition;
import dev.mcphex.ports.spi.Prompt;
import dev.mcphex.ports.spi.PromptHandler;
import dev.mcphex.ports.spi.Resource;
import dev.mcphex.ports.spi.ResourceReader;
import dev.mcphex.ports.spi.ResourceTemplate;
import dev.mcphex.ports.spi.Tool;
import dev.mcphex.ports.spi.ToolHandler;
import dev.mcphex.ports.jsonrpc.Json;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * Assembles an {@link McpEngine}: what it offers (tools, resources, templates, prompts) and the driven
 * ports it uses (in memory unless given).
 */
public final class McpServerBuilder {
    private final String name;
    private final String version;
    private String title;
    private String instructions;
    private final List<Tool> tools = new ArrayList<>();
    private final List<Resource> resources = new ArrayList<>();
    private final List<ResourceTemplate> templates = new ArrayList<>();
    private final List<Prompt> prompts = new ArrayList<>();
    private SessionStore sessionStore;
    private NotificationBus notificationBus;
    private ClientResponseRelay clientResponseRelay;
    private TaskStore taskStore;
    private Duration taskTtl = Duration.ofMinutes(5);
    private Clock clock = Clock.systemUTC();
    private byte[] requestStateSecret;
    private int pageSize = 100;
    private long listTtlMs = 0;
    private Duration sessionIdleTimeout = Duration.ofMinutes(30);
    private Duration clientRequestTimeout = Duration.ofMinutes(5);
    private Duration requestStateTtl = Duration.ofMinutes(10);
    private ToolConfigurationStore toolConfigurationStore;
    private RateLimiter rateLimiter;
    private RateLimits rateLimits = RateLimits.NONE;
    private ToolTimeouts toolTimeouts = ToolTimeouts.NONE;
    private AgentsConfiguration agents;

    McpServerBuilder(String name, String version) {
        this.name = Objects.requireNonNull(name, "name");
        this.version = Objects.requireNonNull(version, "version");
    }

    /** A display name for the server. */
    public McpServerBuilder title(String value) {
        this.title = value;
        return this;
    }

    /** Instructions for the model on how to use this server. */
    public McpServerBuilder instructions(String value) {
        this.instructions = value;
        return this;
    }

    public McpServerBuilder tool(Tool tool) {
        tools.add(tool);
        return this;
    }

    /** A tool from its name, description, input schema and handler. */
    public McpServerBuilder tool(String toolName, String description, ObjectNode inputSchema, ToolHandler handler) {
        return tool(new Tool(ToolDefinition.of(toolName, description, inputSchema), handler));
    }

    /** A tool that takes no arguments. */
    public McpServerBuilder tool(String toolName, String description, ToolHandler handler) {
        ObjectNode schema = Json.object().put("type", "object");
        schema.putObject("properties");
        return tool(toolName, description, schema, handler);
    }

    /**
     * Everything a bean declares with {@code @McpTool}, {@code @McpResource} and {@code @McpPrompt} on its
     * public methods; parameters are bound from arguments and schemas derived from their Java types.
     *
     * @throws IllegalArgumentException if a declaration is invalid
     */
    public McpServerBuilder annotated(Object bean) {
        AnnotatedHandlers handlers = AnnotatedHandlers.scan(bean);
        tools.addAll(handlers.tools());
        resources.addAll(handlers.resources());
        templates.addAll(handlers.templates());
        prompts.addAll(handlers.prompts());
        return this;
    }

    public McpServerBuilder resource(Resource resource) {
        resources.add(resource);
        return this;
    }

    public McpServerBuilder resource(String uri, String resourceName, String description, String mimeType,
                                     ResourceReader reader) {
        return resource(new Resource(ResourceDefinition.of(uri, resourceName, description, mimeType), reader));
    }

    public McpServerBuilder resourceTemplate(ResourceTemplate template) {
        templates.add(template);
        return this;
    }

    public McpServerBuilder prompt(Prompt prompt) {
        prompts.add(prompt);
        return this;
    }

    public McpServerBuilder prompt(PromptDefinition definition, PromptHandler handler) {
        return prompt(new Prompt(definition, handler));
    }

    /** Where legacy sessions live; in memory by default. */
    public McpServerBuilder sessionStore(SessionStore store) {
        this.sessionStore = store;
        return this;
    }

    /** How change events travel; in this process by default. */
    public McpServerBuilder notificationBus(NotificationBus bus) {
        this.notificationBus = bus;
        return this;
    }

    /**
     * How a legacy client's response reaches the instance whose request awaits it, when the client
     * posted it elsewhere; within this process by default.
     */
    public McpServerBuilder clientResponseRelay(ClientResponseRelay relay) {
        this.clientResponseRelay = relay;
        return this;
    }

    /**
     * Where tasks of the tasks extension live; in memory by default. Instances that share a store serve
     * each other's tasks.
     */
    public McpServerBuilder taskStore(TaskStore store) {
        this.taskStore = store;
        return this;
    }

    /** How long a task is kept after it was created. */
    public McpServerBuilder taskTtl(Duration ttl) {
        this.taskTtl = ttl;
        return this;
    }

    public McpServerBuilder clock(Clock value) {
        this.clock = Objects.requireNonNull(value, "clock");
        return this;
    }

    /**
     * The key that seals multi round-trip request state, at least 32 bytes. Instances behind one load
     * balancer must share it; by default each process draws a random one.
     */
    public McpServerBuilder requestStateSecret(byte[] secret) {
        this.requestStateSecret = secret.clone();
        return this;
    }

    public McpServerBuilder pageSize(int value) {
        this.pageSize = value;
        return this;
    }

    /** How long modern-era clients may cache list results. */
    public McpServerBuilder listTtl(Duration ttl) {
        this.listTtlMs = ttl.toMillis();
        return this;
    }

    /** How long an idle legacy session lives (for the default in-memory session store). */
    public McpServerBuilder sessionIdleTimeout(Duration timeout) {
        this.sessionIdleTimeout = timeout;
        return this;
    }

    /** How long a legacy-era ask waits for the client's answer. */
    public McpServerBuilder clientRequestTimeout(Duration timeout) {
        this.clientRequestTimeout = timeout;
        return this;
    }

    /** How long a modern-era request state stays valid. */
    public McpServerBuilder requestStateTtl(Duration ttl) {
        this.requestStateTtl = ttl;
        return this;
    }

    /** Where operators' tool configuration (enabled, extra scopes, description) lives; in memory by default. */
    public McpServerBuilder toolConfigurationStore(ToolConfigurationStore store) {
        this.toolConfigurationStore = Objects.requireNonNull(store, "store");
        return this;
    }

    /** Where rate-limit counts live; in this process by default. */
    public McpServerBuilder rateLimiter(RateLimiter limiter) {
        this.rateLimiter = Objects.requireNonNull(limiter, "limiter");
        return this;
    }

    /** The limits tool calls are held to; none by default. */
    public McpServerBuilder rateLimits(RateLimits limits) {
        this.rateLimits = Objects.requireNonNull(limits, "limits");
        return this;
    }

    /** How long tool calls may run; no limit but the transport's by default. */
    public McpServerBuilder toolTimeouts(ToolTimeouts timeouts) {
        this.toolTimeouts = Objects.requireNonNull(timeouts, "timeouts");
        return this;
    }

    /**
     * Offers agents: the {@code agents_list} and {@code agents_run} tools, agents as resources and prompts, and
     * run transcripts as resources. Agents' tool calls go through {@code tools/call} with their caller's rights.
     */
    public McpServerBuilder agents(AgentsConfiguration configuration) {
        this.agents = Objects.requireNonNull(configuration, "configuration");
        return this;
    }

    /**
     * Builds the engine.
     *
     * @throws IllegalArgumentException if a definition is invalid (a schema that does not compile, a duplicate name)
     */
    public McpEngine build() {
        var settings = new ServerSettings(new Implementation(name, version, title), instructions, pageSize, listTtlMs,
                clientRequestTimeout, requestStateTtl);
        NotificationBus bus = notificationBus != null ? notificationBus : new InMemoryNotificationBus();
        SessionStore store = sessionStore != null ? sessionStore : new InMemorySessionStore(clock, sessionIdleTimeout);
        var catalog = new Catalog(bus);
        tools.forEach(catalog::addTool);
        resources.forEach(catalog::addResource);
        templates.forEach(catalog::addTemplate);
        prompts.forEach(catalog::addPrompt);

        var clientRequests = new ClientRequests();
        var inFlight = new InFlightRequests();
        var sessions = new LegacySessions(store, clientRequests, inFlight, clock);
        var interactions = new Interactions(clientRequests,
                new RequestStateCodec(secret(), clock, requestStateTtl), clientRequestTimeout);
        TaskStore tasks = new AnnouncingTaskStore(taskStore != null ? taskStore : new InMemoryTaskStore(clock), bus);
        var taskWorkers = new TaskWorkers(tasks, Duration.ofSeconds(1));
        var toolTasks = new ToolTasks(tasks, taskWorkers, interactions, clock, taskTtl, Duration.ofMillis(200),
                new TaskStatusNotifications(tasks, sessions::sendToStreams));
        var access = new AccessPolicy(
                toolConfigurationStore != null ? toolConfigurationStore : new InMemoryToolConfigurationStore(),
                rateLimiter != null ? rateLimiter : new InMemoryRateLimiter(), rateLimits);
        var toolMethods = new ToolMethods(catalog, interactions, settings, access, toolTimeouts, toolTasks);
        if (agents != null) {
            AgentsFeature.register(agents, catalog, access, toolMethods::call, clock);
        }
        var resourceMethods = new ResourceMethods(catalog, interactions, settings);
        var promptMethods = new PromptMethods(catalog, interactions, settings);
        var completion = new CompletionMethods(catalog);
        var legacyMethods = new LegacyMethods(sessions, settings);

        Map<String, MethodHandler> shared = new HashMap<>();
        shared.put("tools/list", toolMethods::list);
        shared.put("tools/call", toolMethods::call);
        shared.put("resources/list", resourceMethods::list);
        shared.put("resources/templates/list", resourceMethods::templates);
        shared.put("resources/read", resourceMethods::read);
        shared.put("prompts/list", promptMethods::list);
        shared.put("prompts/get", promptMethods::get);
        shared.put("completion/complete", completion::complete);

        Map<String, MethodHandler> modern = new HashMap<>(shared);
        modern.put("server/discover", new DiscoverMethod(settings)::discover);
        modern.put("subscriptions/listen", new ListenMethod(bus, tasks)::listen);
        var taskMethods = new TaskMethods(tasks, taskWorkers);
        modern.put("tasks/get", taskMethods::get);
        modern.put("tasks/update", taskMethods::update);
        modern.put("tasks/cancel", taskMethods::cancel);

        Map<String, MethodHandler> legacy = new HashMap<>(shared);
        legacy.put("logging/setLevel", legacyMethods::setLevel);
        legacy.put("resources/subscribe", legacyMethods::subscribe);
        legacy.put("resources/unsubscribe", legacyMethods::unsubscribe);
        var legacyTaskMethods = new LegacyTaskMethods(tasks, taskWorkers,
                new TaskInputRelay(tasks, clientRequests, clientRequestTimeout), Duration.ofMillis(100), pageSize);
        legacy.put("tasks/get", legacyTaskMethods::get);
        legacy.put("tasks/result", legacyTaskMethods::result);
        legacy.put("tasks/list", legacyTaskMethods::list);
        legacy.put("tasks/cancel", legacyTaskMethods::cancel);

        var router = new RequestRouter(modern, legacy, legacyMethods, sessions, inFlight);
        ClientResponseRelay relay = clientResponseRelay != null ? clientResponseRelay
                : new InMemoryClientResponseRelay();
        return new McpEngine(settings, catalog, bus, sessions, clientRequests, inFlight, router, relay);
    }

    private byte[] secret() {
        if (requestStateSecret != null) {
            return requestStateSecret;
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return random;
    }
}
