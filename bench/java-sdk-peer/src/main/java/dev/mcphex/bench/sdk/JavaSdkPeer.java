package dev.mcphex.bench.sdk;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.McpStatelessServerFeatures;
import io.modelcontextprotocol.server.transport.HttpServletStatelessServerTransport;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The official MCP Java SDK serving the benchmark's {@code echo} tool on embedded
 * Jetty (the Jetty version Javalin uses, on virtual threads like mcphex): the Streamable HTTP servlet
 * transport (sessions) on {@code /mcp}, the stateless servlet transport on {@code /stateless}.
 * Argument: the port.
 */
public final class JavaSdkPeer {
    private JavaSdkPeer() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        McpJsonMapper json = McpJsonDefaults.getMapper();
        McpSchema.ServerCapabilities capabilities = McpSchema.ServerCapabilities.builder().tools(true).build();

        var streamable = HttpServletStreamableServerTransportProvider.builder()
                .jsonMapper(json).mcpEndpoint("/mcp").build();
        McpServer.sync(streamable).serverInfo("java-sdk", "bench").capabilities(capabilities)
                .tools(List.of(sessionEcho())).build();

        var stateless = HttpServletStatelessServerTransport.builder()
                .jsonMapper(json).messageEndpoint("/stateless").build();
        McpServer.sync(stateless).serverInfo("java-sdk-stateless", "bench").capabilities(capabilities)
                .tools(List.of(new McpStatelessServerFeatures.SyncToolSpecification(echoTool(),
                        (context, request) -> echo(request))))
                .build();

        var threads = new QueuedThreadPool();
        threads.setVirtualThreadsExecutor(Executors.newVirtualThreadPerTaskExecutor());
        Server server = new Server(threads);
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        ServletHolder streamableHolder = new ServletHolder(streamable);
        streamableHolder.setAsyncSupported(true);
        context.addServlet(streamableHolder, "/mcp");
        ServletHolder statelessHolder = new ServletHolder(stateless);
        statelessHolder.setAsyncSupported(true);
        context.addServlet(statelessHolder, "/stateless");
        server.setHandler(context);
        server.start();
        server.join();
    }

    private static McpSchema.Tool echoTool() {
        return McpSchema.Tool.builder().name("echo").description("Answers with the text it was given")
                .inputSchema(Map.of("type", "object", "properties", Map.of("text", Map.of("type", "string")),
                        "required", List.of("text")))
                .build();
    }

    private static McpSchema.CallToolResult echo(McpSchema.CallToolRequest request) {
        Object text = request.arguments() == null ? null : request.arguments().get("text");
        return McpSchema.CallToolResult.builder().addTextContent(String.valueOf(text)).isError(false).build();
    }

    private static McpServerFeatures.SyncToolSpecification sessionEcho() {
        return McpServerFeatures.SyncToolSpecification.builder().tool(echoTool())
                .callHandler((exchange, request) -> echo(request)).build();
    }
}
