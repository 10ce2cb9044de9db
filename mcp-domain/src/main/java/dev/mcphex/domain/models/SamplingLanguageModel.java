package dev.mcphex.domain.models;

import dev.mcphex.domain.wire.WireFormat;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.model.LanguageModel;
import dev.mcphex.ports.model.LanguageModelException;
import dev.mcphex.ports.model.ModelReply;
import dev.mcphex.ports.model.ModelRequest;
import dev.mcphex.ports.model.ModelToolCall;
import dev.mcphex.ports.model.TokenUsage;
import dev.mcphex.ports.protocol.SamplingRequest;
import dev.mcphex.ports.protocol.SamplingResult;
import dev.mcphex.ports.spi.McpContext;
import dev.mcphex.ports.spi.MissingClientCapabilityException;
import dev.mcphex.ports.spi.ToolExecutionException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The client's own model, asked through MCP sampling ({@code sampling/createMessage}) on behalf of the
 * request in {@code caller}: a server-to-client request in the legacy era, an input request of a multi
 * round-trip in the modern era (so a handler that uses this model runs again for each of its turns and
 * should ask before it has side effects). Each turn is asked under a key derived from its content, so
 * retries find their answers whatever else the handler asks.
 *
 * <p><b>Tools.</b> The request's tools are offered to the client's model only when the client declared
 * {@code sampling.tools} (2025-11-25 and later); the reply may then ask for tool calls
 * ({@code tool_use} blocks). A client without that capability is offered no tools, so its reply is
 * always final text; tool calls and results already in the conversation are then told to it as text.
 *
 * <p><b>Usage.</b> Sampling reports no token counts. The {@link ModelReply#usage() usage} of a reply is
 * an estimate of one token per four characters of the text sent (system prompt, messages, tool
 * definitions) and received.
 *
 * <p><b>Refusals.</b> A client that declines or fails to answer (a JSON-RPC error such as {@code -1}
 * "User rejected sampling request", a malformed answer, no answer in time) yields a
 * {@link LanguageModelException} naming the reason. A client that did not declare {@code sampling} at
 * all yields the {@link MissingClientCapabilityException} of {@link McpContext#ask}, unchanged, so the
 * engine answers with the era's missing-capability error.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/client/sampling">Sampling</a>
 */
public final class SamplingLanguageModel implements LanguageModel {

    @Override
    public String name() {
        return "sampling";
    }

    @Override
    public ModelReply complete(ModelRequest request, McpContext caller) {
        boolean offerTools = !request.tools().isEmpty() && caller.clientCapabilities().samplingTools();
        SamplingRequest sampling = SamplingConversation.toSampling(request, offerTools);
        SamplingResult result;
        try {
            result = caller.sample(askKey(sampling), sampling);
        } catch (ToolExecutionException e) {
            throw new LanguageModelException("The client's model did not answer: " + e.getMessage(), e);
        }
        List<ModelToolCall> calls = offerTools
                ? result.toolUses().stream().map(use -> new ModelToolCall(use.id(), use.name(), use.input())).toList()
                : List.of();
        TokenUsage usage = new TokenUsage(TokenEstimate.of(sampling), TokenEstimate.of(result));
        return new ModelReply(result.text(), calls, result.stopReason(), usage, result.model());
    }

    /**
     * The key of the ask: a digest of the request as the wire carries it, so a modern-era retry finds the
     * answer to the same turn whatever else the handler asks, and different conversations never share one.
     */
    static String askKey(SamplingRequest sampling) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(Json.write(WireFormat.inputRequestParams(sampling)).getBytes(StandardCharsets.UTF_8));
            return "model-" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
