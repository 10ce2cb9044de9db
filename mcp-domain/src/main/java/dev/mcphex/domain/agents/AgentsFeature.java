package dev.mcphex.domain.agents;

import dev.mcphex.domain.access.AccessPolicy;
import dev.mcphex.domain.catalog.Catalog;
import dev.mcphex.domain.catalog.CatalogSource;
import dev.mcphex.domain.methods.MethodHandler;
import dev.mcphex.ports.agents.AgentDefinition;
import dev.mcphex.ports.agents.AgentRun;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.PromptArgument;
import dev.mcphex.ports.protocol.PromptDefinition;
import dev.mcphex.ports.protocol.PromptMessage;
import dev.mcphex.ports.protocol.PromptResult;
import dev.mcphex.ports.protocol.ResourceContents;
import dev.mcphex.ports.protocol.ResourceDefinition;
import dev.mcphex.ports.protocol.ResourceTemplateDefinition;
import dev.mcphex.ports.protocol.TextResourceContents;
import dev.mcphex.ports.spi.McpContext;
import dev.mcphex.ports.spi.Prompt;
import dev.mcphex.ports.spi.Resource;
import dev.mcphex.ports.spi.ResourceNotFoundException;
import dev.mcphex.ports.spi.ResourceTemplate;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.node.ObjectNode;

/**
 * Offers agents over MCP: the {@code agents_list} and {@code agents_run} tools, each agent as a resource
 * ({@code mcphex://agents/{name}}) and as a prompt ({@code agent_<name>}: its instructions and the task), and
 * each run's transcript as a resource ({@code mcphex://agents/runs/{id}}) only the run's owner may read.
 * Every list and lookup reads the declared agents and the definition store afresh, so a stored change shows at
 * once on every instance; whoever changes the store announces it (see
 * {@link dev.mcphex.ports.agents.AgentDefinitionChanges}).
 */
public final class AgentsFeature {
    static final String PROMPT_PREFIX = "agent_";
    private static final String JSON = "application/json";

    private AgentsFeature() {
    }

    /**
     * Adds the feature to {@code catalog}. Agents' tool calls go through {@code toolsCall}, the engine's own
     * {@code tools/call} handler, with their caller's principal.
     */
    public static void register(AgentsConfiguration configuration, Catalog catalog, AccessPolicy access,
                                MethodHandler toolsCall, Clock clock) {
        var directory = new AgentDirectory(configuration.definitions(), configuration.definitionStore());
        var coordinator = new Coordinator(configuration.model(), new EngineToolGateway(catalog, access, toolsCall),
                configuration.runStore(), configuration.contextStore(), configuration.blackboardTtl(), clock);
        new AgentTools(directory, coordinator, configuration.runLimits()).tools().forEach(catalog::addTool);
        catalog.addTemplate(new ResourceTemplate(ResourceTemplateDefinition.of(AgentJson.runUri("{id}"),
                "agent-run", "The transcript of an agent run: its steps, answer and cost (its owner only)", JSON),
                (uri, variables, context) -> transcript(configuration, uri, variables.get("id"), context)));
        catalog.addTemplate(new ResourceTemplate(ResourceTemplateDefinition.of(AgentJson.agentUri("{name}"),
                "agent", "An agent's definition", JSON),
                (uri, variables, context) -> definition(directory, uri, variables.get("name"))));
        catalog.addSource(new CatalogSource() {
            @Override
            public List<Resource> resources() {
                return directory.all().stream().map(agent -> resource(directory, agent)).toList();
            }

            @Override
            public List<Prompt> prompts() {
                return directory.all().stream().map(agent -> prompt(directory, agent)).toList();
            }
        });
    }

    private static Resource resource(AgentDirectory directory, AgentDefinition agent) {
        return new Resource(ResourceDefinition.of(AgentJson.agentUri(agent.name()), "agent " + agent.name(),
                agent.description(), JSON), (read, context) -> definition(directory, read, agent.name()));
    }

    private static List<ResourceContents> definition(AgentDirectory directory, String uri, String name) {
        AgentDefinition agent = directory.find(name).orElseThrow(() -> new ResourceNotFoundException(uri));
        return List.of(new TextResourceContents(uri, JSON, Json.write(AgentJson.definition(agent))));
    }

    private static List<ResourceContents> transcript(AgentsConfiguration configuration, String uri, String id,
                                                     McpContext context) {
        UUID runId;
        try {
            runId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ResourceNotFoundException(uri);
        }
        AgentRun run = configuration.runStore().find(runId)
                .filter(r -> r.owner().equals(context.principal().subject()))
                .orElseThrow(() -> new ResourceNotFoundException(uri));
        ObjectNode node = AgentJson.run(run);
        node.set("steps", AgentJson.steps(configuration.runStore().steps(runId)));
        return List.of(new TextResourceContents(uri, JSON, Json.write(node)));
    }

    private static Prompt prompt(AgentDirectory directory, AgentDefinition declared) {
        var definition = PromptDefinition.of(PROMPT_PREFIX + declared.name(),
                "Agent " + declared.name() + ": " + declared.description(),
                PromptArgument.required("task", "What the agent is to do"));
        return new Prompt(definition, (Map<String, String> arguments, McpContext context) -> {
            AgentDefinition agent = directory.find(declared.name()).orElse(declared);
            return new PromptResult(agent.description(),
                    List.of(PromptMessage.user(agent.instructions() + "\n\nTask:\n" + arguments.get("task"))));
        });
    }
}
