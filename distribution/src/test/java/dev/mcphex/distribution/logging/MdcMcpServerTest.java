package dev.mcphex.distribution.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.mcphex.domain.Mcphex;
import dev.mcphex.ports.driving.Exchange;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.ToolDefinition;
import dev.mcphex.ports.protocol.ToolResult;
import dev.mcphex.ports.spi.Principal;
import dev.mcphex.ports.spi.Tool;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

class MdcMcpServerTest {
    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    @BeforeEach
    void listen() {
        lines.start();
        ((Logger) LoggerFactory.getLogger(MdcMcpServer.class)).addAppender(lines);
    }

    @AfterEach
    void stopListening() {
        ((Logger) LoggerFactory.getLogger(MdcMcpServer.class)).detachAppender(lines);
    }

    private MdcMcpServer server() {
        var schema = Json.object().put("type", "object");
        schema.putObject("properties");
        var engine = Mcphex.server("t", "1").tool(new Tool(ToolDefinition.of("peek", "Answers ok", schema),
                (call, context) -> ToolResult.text("ok"))).build();
        return new MdcMcpServer(engine);
    }

    private static byte[] call(String params) {
        return ("{\"jsonrpc\":\"2.0\",\"id\":\"r-7\",\"method\":\"tools/call\",\"params\":" + params + "}")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theRequestsLogLine_carriesRequestMethodToolPrincipalTraceAndDuration() {
        String params = "{\"name\":\"peek\",\"arguments\":{},\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":"
                + "\"2026-07-28\",\"io.modelcontextprotocol/clientCapabilities\":{},"
                + "\"io.modelcontextprotocol/clientInfo\":{\"name\":\"c\",\"version\":\"1\"},\"traceparent\":\"00-" + TRACE + "-00f067aa0ba902b7-01\"}}";
        Exchange exchange = Exchange.builder().principal(new Principal("alice", Set.of())).build();

        server().handleDocument(call(params), exchange);

        assertThat(lines.list).hasSize(1);
        assertThat(lines.list.getFirst().getFormattedMessage()).isEqualTo("tools/call handled over embedded");
        assertThat(lines.list.getFirst().getMDCPropertyMap()).containsKey(MdcMcpServer.DURATION).containsEntry(MdcMcpServer.REQUEST_ID, "r-7")
                .containsEntry(MdcMcpServer.METHOD, "tools/call").containsEntry(MdcMcpServer.TOOL, "peek")
                .containsEntry(MdcMcpServer.PRINCIPAL, "alice").containsEntry(MdcMcpServer.TRACE_ID, TRACE);
    }

    @Test
    void afterTheRequest_theMdcIsAsBefore() {
        MDC.put("outer", "kept");
        try {
            server().handleDocument(call("{\"name\":\"peek\",\"arguments\":{}}"), Exchange.builder().build());

            assertThat(MDC.getCopyOfContextMap()).containsExactly(Map.entry("outer", "kept"));
        } finally {
            MDC.clear();
        }
    }

    @Test
    void aMalformedTraceparent_givesNoTraceId() {
        assertThat(MdcMcpServer.traceId(Json.parse("{\"_meta\":{\"traceparent\":\"00-xyz-01\"}}"))).isEmpty();
        assertThat(MdcMcpServer.traceId(Json.parse("{\"_meta\":{\"traceparent\":\"00-" + TRACE + "-00f067aa0ba902b7-01\"}}")))
                .contains(TRACE);
    }
}
