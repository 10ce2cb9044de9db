package dev.mcphex.domain.exchange;

import dev.mcphex.ports.protocol.ClientCapabilities;
import dev.mcphex.ports.protocol.InputRequest;
import dev.mcphex.ports.spi.MissingClientCapabilityException;
import java.util.Map;

/** Checks asks against what the client declared, before anything is sent. */
final class Capabilities {
    private Capabilities() {
    }

    static void require(ClientCapabilities capabilities, Map<String, InputRequest> requests) {
        for (InputRequest request : requests.values()) {
            if (!request.supportedBy(capabilities)) {
                throw new MissingClientCapabilityException(request.requiredCapability());
            }
        }
    }
}
