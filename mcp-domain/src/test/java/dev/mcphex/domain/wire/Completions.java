package dev.mcphex.domain.wire;

import dev.mcphex.ports.jsonrpc.Json;
import tools.jackson.databind.node.ObjectNode;

/** Params of {@code completion/complete} requests. */
final class Completions {
    private Completions() {
    }

    static ObjectNode prompt(String prompt, String argument, String value) {
        ObjectNode params = Json.object();
        params.putObject("ref").put("type", "ref/prompt").put("name", prompt);
        params.putObject("argument").put("name", argument).put("value", value);
        return params;
    }

    static ObjectNode template(String uriTemplate, String variable, String value) {
        ObjectNode params = Json.object();
        params.putObject("ref").put("type", "ref/resource").put("uri", uriTemplate);
        params.putObject("argument").put("name", variable).put("value", value);
        return params;
    }
}
