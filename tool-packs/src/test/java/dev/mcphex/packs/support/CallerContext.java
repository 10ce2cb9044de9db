package dev.mcphex.packs.support;

import dev.mcphex.ports.protocol.ClientCapabilities;
import dev.mcphex.ports.protocol.ElicitationResult;
import dev.mcphex.ports.protocol.FormElicitation;
import dev.mcphex.ports.protocol.Implementation;
import dev.mcphex.ports.protocol.InputRequest;
import dev.mcphex.ports.protocol.InputResponse;
import dev.mcphex.ports.protocol.LogLevel;
import dev.mcphex.ports.protocol.Root;
import dev.mcphex.ports.protocol.SamplingRequest;
import dev.mcphex.ports.protocol.SamplingResult;
import dev.mcphex.ports.spi.Cancellation;
import dev.mcphex.ports.spi.McpContext;
import dev.mcphex.ports.spi.MissingClientCapabilityException;
import dev.mcphex.ports.spi.Principal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The context of a call by one principal, from a client that can be asked nothing. */
public record CallerContext(Principal principal) implements McpContext {

    /** A call by the principal of this subject. */
    public static CallerContext of(String subject) {
        return new CallerContext(new Principal(subject, Set.of()));
    }

    @Override
    public ClientCapabilities clientCapabilities() {
        return ClientCapabilities.of(dev.mcphex.ports.jsonrpc.Json.object());
    }

    @Override
    public Implementation clientInfo() {
        return Implementation.UNKNOWN;
    }

    @Override
    public Cancellation cancellation() {
        return new Cancellation();
    }

    @Override
    public void progress(double progress, Double total, String message) {
        // The packs under test report no progress worth checking.
    }

    @Override
    public void log(LogLevel level, String logger, Object data) {
        // Logs are not part of what these tests check.
    }

    @Override
    public Map<String, InputResponse> ask(Map<String, InputRequest> requests) {
        throw new MissingClientCapabilityException(requests.values().iterator().next().requiredCapability());
    }

    @Override
    public ElicitationResult elicit(FormElicitation request) {
        throw new MissingClientCapabilityException("elicitation");
    }

    @Override
    public SamplingResult sample(SamplingRequest request) {
        throw new MissingClientCapabilityException("sampling");
    }

    @Override
    public List<Root> roots() {
        throw new MissingClientCapabilityException("roots");
    }
}
