package dev.mcphex.domain.exchange;

import dev.mcphex.ports.protocol.InputRequest;
import dev.mcphex.ports.protocol.InputResponse;
import java.util.Map;

/** How asks reach the client in the request's era. */
public interface InputChannel {

    /**
     * Gets the answers to {@code requests}, by key.
     *
     * @throws dev.mcphex.ports.spi.MissingClientCapabilityException if the client cannot answer one
     */
    Map<String, InputResponse> ask(Map<String, InputRequest> requests);
}
