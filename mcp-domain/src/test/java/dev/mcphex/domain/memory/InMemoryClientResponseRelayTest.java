package dev.mcphex.domain.memory;

import dev.mcphex.ports.driven.ClientResponseRelay;
import dev.mcphex.ports.driven.ClientResponseRelayContract;

class InMemoryClientResponseRelayTest extends ClientResponseRelayContract {
    private final ClientResponseRelay relay = new InMemoryClientResponseRelay();

    @Override
    protected ClientResponseRelay relay() {
        return relay;
    }
}
