package dev.mcphex.domain.memory;

import dev.mcphex.ports.driven.NotificationBus;
import dev.mcphex.ports.driven.NotificationBusContract;

class InMemoryNotificationBusTest extends NotificationBusContract {
    private final NotificationBus bus = new InMemoryNotificationBus();

    @Override
    protected NotificationBus bus() {
        return bus;
    }
}
