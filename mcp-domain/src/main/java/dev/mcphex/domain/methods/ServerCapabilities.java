package dev.mcphex.domain.methods;

import dev.mcphex.ports.jsonrpc.Json;
import tools.jackson.databind.node.ObjectNode;

/** What the server declares it can do; the same in both eras. */
public final class ServerCapabilities {
    private ServerCapabilities() {
    }

    public static ObjectNode declare() {
        ObjectNode capabilities = Json.object();
        capabilities.putObject("tools").put("listChanged", true);
        capabilities.putObject("resources").put("subscribe", true).put("listChanged", true);
        capabilities.putObject("prompts").put("listChanged", true);
        capabilities.putObject("logging");
        capabilities.putObject("completions");
        return capabilities;
    }
}
