package dev.mcphex.domain.wire;

import dev.mcphex.ports.jsonrpc.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** What a well-behaved client answers to the server's requests (given as JSON-RPC request or input request). */
final class ClientAnswers {
    private ClientAnswers() {
    }

    static ObjectNode to(JsonNode request) {
        JsonNode params = request.path("params");
        return switch (request.path("method").asString("")) {
            case "elicitation/create" -> {
                if (params.path("mode").asString("form").equals("url")) {
                    yield Json.object().put("action", "accept");
                }
                ObjectNode answer = Json.object().put("action", "accept");
                answer.putObject("content").put("name", "Ada").put("height", 1.7);
                yield answer;
            }
            case "sampling/createMessage" -> {
                ObjectNode answer = Json.object().put("role", "assistant").put("model", "small-1")
                        .put("stopReason", "endTurn");
                answer.putObject("content").put("type", "text").put("text", "hi");
                yield answer;
            }
            case "roots/list" -> {
                ObjectNode answer = Json.object();
                answer.putArray("roots").addObject().put("uri", "file:///workspace").put("name", "workspace");
                yield answer;
            }
            default -> throw new IllegalArgumentException("no answer for " + request);
        };
    }
}
