package dev.mcphex.domain.exchange;

import dev.mcphex.domain.wire.InputResponses;
import dev.mcphex.domain.wire.WireFormat;
import dev.mcphex.ports.driving.MessageSink;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.jsonrpc.JsonRpcError;
import dev.mcphex.ports.jsonrpc.JsonRpcMessage;
import dev.mcphex.ports.jsonrpc.JsonRpcNotification;
import dev.mcphex.ports.jsonrpc.JsonRpcRequest;
import dev.mcphex.ports.jsonrpc.JsonRpcResult;
import dev.mcphex.ports.jsonrpc.RequestId;
import dev.mcphex.ports.protocol.ClientCapabilities;
import dev.mcphex.ports.protocol.InputRequest;
import dev.mcphex.ports.protocol.InputResponse;
import dev.mcphex.ports.spi.Cancellation;
import dev.mcphex.ports.spi.ToolExecutionException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Legacy-era asks: each one is a JSON-RPC request sent to the client on the originating request's
 * stream; the handler waits for the responses, bounded by a timeout and by cancellation.
 */
public final class LegacyInputChannel implements InputChannel {
    private final ClientRequests clientRequests;
    private final String sessionId;
    private final MessageSink sink;
    private final ClientCapabilities capabilities;
    private final Duration timeout;
    private final Cancellation cancellation;

    public LegacyInputChannel(ClientRequests clientRequests, String sessionId, MessageSink sink,
                              ClientCapabilities capabilities, Duration timeout, Cancellation cancellation) {
        this.clientRequests = clientRequests;
        this.sessionId = sessionId;
        this.sink = sink;
        this.capabilities = capabilities;
        this.timeout = timeout;
        this.cancellation = cancellation;
    }

    @Override
    public Map<String, InputResponse> ask(Map<String, InputRequest> requests) {
        Capabilities.require(capabilities, requests);
        Map<String, ClientRequests.Pending> sent = new LinkedHashMap<>();
        requests.forEach((key, request) -> {
            ClientRequests.Pending pending = clientRequests.register(sessionId);
            sent.put(key, pending);
            sink.send(new JsonRpcRequest(pending.id(), request.method(), WireFormat.inputRequestParams(request)));
        });
        Map<String, InputResponse> answers = new LinkedHashMap<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        for (var entry : sent.entrySet()) {
            InputRequest request = requests.get(entry.getKey());
            answers.put(entry.getKey(), await(request, entry.getValue(), deadline, sent));
        }
        return answers;
    }

    private InputResponse await(InputRequest request, ClientRequests.Pending pending, long deadline,
                                Map<String, ClientRequests.Pending> all) {
        cancellation.onCancel(() -> pending.response().cancel(false));
        JsonRpcMessage response;
        try {
            response = pending.response().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            abandon(all);
            throw new ToolExecutionException("The client did not answer " + request.method() + " within "
                    + timeout.toSeconds() + " s");
        } catch (CancellationException e) {
            abandon(all);
            throw new RequestCancelledException(cancellation.isCancelled() ? cancellation.reason() : "session ended");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandon(all);
            throw new RequestCancelledException("interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        return switch (response) {
            case JsonRpcResult r -> InputResponses.decode(request, r.result()).orElseThrow(() ->
                    new ToolExecutionException("The client sent a malformed answer to " + request.method()));
            case JsonRpcError e -> throw new ToolExecutionException("The client answered " + request.method()
                    + " with an error: " + e.error().message());
            default -> throw new IllegalStateException("not a response: " + response);
        };
    }

    /** Tells the client to stop working on requests whose answers no longer matter. */
    private void abandon(Map<String, ClientRequests.Pending> all) {
        for (ClientRequests.Pending pending : all.values()) {
            if (pending.response().cancel(false)) {
                sink.send(cancelled(pending.id()));
            }
        }
    }

    /** The {@code notifications/cancelled} that withdraws a server-to-client request. */
    public static JsonRpcNotification cancelled(RequestId id) {
        var params = Json.object();
        switch (id) {
            case RequestId.StringId s -> params.put("requestId", s.value());
            case RequestId.NumberId n -> params.put("requestId", n.value());
        }
        params.put("reason", "no longer needed");
        return new JsonRpcNotification("notifications/cancelled", params);
    }
}
