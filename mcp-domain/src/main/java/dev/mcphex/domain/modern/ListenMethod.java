package dev.mcphex.domain.modern;

import dev.mcphex.domain.exchange.RequestCancelledException;
import dev.mcphex.domain.exchange.RequestScope;
import dev.mcphex.domain.methods.Params;
import dev.mcphex.domain.tasks.TaskWatch;
import dev.mcphex.ports.driven.NotificationBus;
import dev.mcphex.ports.driven.ServerEvent;
import dev.mcphex.ports.driven.TaskStore;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.jsonrpc.JsonRpcNotification;
import dev.mcphex.ports.jsonrpc.McpProtocolException;
import dev.mcphex.ports.jsonrpc.RequestId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code subscriptions/listen}: acknowledges the honoured filter first, then streams the matching
 * change notifications, each tagged with the subscription id, until the client goes away. With
 * {@code taskIds} (tasks extension) it also pushes {@code notifications/tasks} for the caller's tasks
 * named there, see {@link TaskWatch}.
 */
public final class ListenMethod {
    private static final String SUBSCRIPTION_ID = "io.modelcontextprotocol/subscriptionId";

    private final NotificationBus bus;
    private final TaskStore tasks;

    public ListenMethod(NotificationBus bus, TaskStore tasks) {
        this.bus = bus;
        this.tasks = tasks;
    }

    /** What a listener asked to hear. */
    record Filter(boolean tools, boolean prompts, boolean resources, Set<String> resourceUris) {

        static Filter of(ObjectNode requested) {
            Set<String> uris = new LinkedHashSet<>();
            JsonNode list = requested.get("resourceSubscriptions");
            if (list != null && !list.isNull()) {
                if (!list.isArray()) {
                    throw McpProtocolException.invalidParams("Invalid params: resourceSubscriptions must be an array");
                }
                list.forEach(uri -> {
                    if (!uri.isString()) {
                        throw McpProtocolException.invalidParams("Invalid params: resourceSubscriptions holds URIs");
                    }
                    uris.add(uri.stringValue());
                });
            }
            return new Filter(flag(requested, "toolsListChanged"), flag(requested, "promptsListChanged"),
                    flag(requested, "resourcesListChanged"), uris);
        }

        private static boolean flag(ObjectNode node, String name) {
            JsonNode value = node.get(name);
            if (value != null && !value.isBoolean() && !value.isNull()) {
                throw McpProtocolException.invalidParams("Invalid params: " + name + " must be a boolean");
            }
            return value != null && value.asBoolean(false);
        }

        ObjectNode honoured() {
            ObjectNode node = Json.object();
            if (tools) {
                node.put("toolsListChanged", true);
            }
            if (prompts) {
                node.put("promptsListChanged", true);
            }
            if (resources) {
                node.put("resourcesListChanged", true);
            }
            if (!resourceUris.isEmpty()) {
                ArrayNode uris = node.putArray("resourceSubscriptions");
                resourceUris.forEach(uris::add);
            }
            return node;
        }

        String method(ServerEvent event) {
            return switch (event) {
                case ServerEvent.ToolsChanged t -> tools ? "notifications/tools/list_changed" : null;
                case ServerEvent.PromptsChanged p -> prompts ? "notifications/prompts/list_changed" : null;
                case ServerEvent.ResourcesChanged r -> resources ? "notifications/resources/list_changed" : null;
                case ServerEvent.ResourceUpdated u ->
                        resourceUris.contains(u.uri()) ? "notifications/resources/updated" : null;
                case ServerEvent.TaskChanged t -> null;
            };
        }
    }

    public ObjectNode listen(RequestScope scope) throws Exception {
        ObjectNode requested = Params.requireObject(scope.params(), "notifications");
        Filter filter = Filter.of(requested);
        JsonNode taskIds = requested.get("taskIds");
        TaskWatch watch = taskIds == null || taskIds.isNull() ? null : TaskWatch.open(tasks, scope, taskIds);
        JsonNode subscriptionId = subscriptionId(scope.id());
        Object order = new Object();
        var done = new CountDownLatch(1);
        AutoCloseable subscription = null;
        try {
            synchronized (order) {
                subscription = bus.subscribe(event -> {
                    if (watch != null && event instanceof ServerEvent.TaskChanged changed) {
                        watch.changed(changed.taskId());
                        return;
                    }
                    String method = filter.method(event);
                    if (method != null) {
                        synchronized (order) {
                            scope.sink().send(new JsonRpcNotification(method, params(event, subscriptionId)));
                        }
                    }
                });
                scope.sink().send(new JsonRpcNotification("notifications/subscriptions/acknowledged",
                        acknowledgement(filter, watch, subscriptionId)));
                if (watch != null) {
                    watch.start(task -> {
                        task.putObject("_meta").set(SUBSCRIPTION_ID, subscriptionId);
                        synchronized (order) {
                            scope.sink().send(new JsonRpcNotification("notifications/tasks", task));
                        }
                    });
                }
            }
            scope.cancellation().onCancel(done::countDown);
            done.await();
        } finally {
            if (subscription != null) {
                subscription.close();
            }
            if (watch != null) {
                watch.close();
            }
        }
        throw new RequestCancelledException(scope.cancellation().reason());
    }

    /** The honoured filter, with the {@code taskIds} the watch agreed to, if any. */
    private static ObjectNode acknowledgement(Filter filter, TaskWatch watch, JsonNode subscriptionId) {
        ObjectNode honoured = filter.honoured();
        if (watch != null) {
            List<String> agreed = watch.acknowledge();
            if (!agreed.isEmpty()) {
                ArrayNode ids = honoured.putArray("taskIds");
                agreed.forEach(ids::add);
            }
        }
        ObjectNode ack = Json.object();
        ack.set("notifications", honoured);
        ack.putObject("_meta").set(SUBSCRIPTION_ID, subscriptionId);
        return ack;
    }

    private static ObjectNode params(ServerEvent event, JsonNode subscriptionId) {
        ObjectNode params = Json.object();
        if (event instanceof ServerEvent.ResourceUpdated u) {
            params.put("uri", u.uri());
        }
        params.putObject("_meta").set(SUBSCRIPTION_ID, subscriptionId);
        return params;
    }

    /** The listen request's id, unless it is falsy (0 or empty), then a fresh one. */
    private static JsonNode subscriptionId(RequestId id) {
        return switch (id) {
            case RequestId.NumberId n when n.value() != 0 -> JsonNodeFactory.instance.numberNode(n.value());
            case RequestId.StringId s when !s.value().isEmpty() -> JsonNodeFactory.instance.stringNode(s.value());
            default -> JsonNodeFactory.instance.stringNode(UUID.randomUUID().toString());
        };
    }
}
