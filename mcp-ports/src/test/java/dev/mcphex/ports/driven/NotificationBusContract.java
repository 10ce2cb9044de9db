package dev.mcphex.ports.driven;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link NotificationBus} implementation must have. Delivery may be asynchronous,
 * so assertions wait up to {@link #DELIVERY}.
 */
public abstract class NotificationBusContract {
    protected static final Duration DELIVERY = Duration.ofSeconds(5);

    /** The bus under test. */
    protected abstract NotificationBus bus();

    private static void eventually(Runnable assertion) throws InterruptedException {
        long deadline = System.nanoTime() + DELIVERY.toNanos();
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(20);
            }
        }
    }

    @Test
    void everySubscriber_receivesEveryEvent_inOrder() throws Exception {
        List<ServerEvent> first = new CopyOnWriteArrayList<>();
        List<ServerEvent> second = new CopyOnWriteArrayList<>();
        try (var a = bus().subscribe(first::add); var b = bus().subscribe(second::add)) {
            bus().publish(new ServerEvent.ToolsChanged());
            bus().publish(new ServerEvent.ResourceUpdated("test://x"));
            List<ServerEvent> expected = List.of(new ServerEvent.ToolsChanged(), new ServerEvent.ResourceUpdated("test://x"));
            eventually(() -> assertThat(first).containsExactlyElementsOf(expected));
            eventually(() -> assertThat(second).containsExactlyElementsOf(expected));
        }
    }

    @Test
    void everyKindOfEvent_arrivesIntact() throws Exception {
        List<ServerEvent> received = new CopyOnWriteArrayList<>();
        List<ServerEvent> all = List.of(new ServerEvent.ToolsChanged(), new ServerEvent.PromptsChanged(),
                new ServerEvent.ResourcesChanged(), new ServerEvent.ResourceUpdated("test://y"),
                new ServerEvent.TaskChanged("0b7e5c1e-task"));
        try (var s = bus().subscribe(received::add)) {
            all.forEach(bus()::publish);
            eventually(() -> assertThat(received).containsExactlyElementsOf(all));
        }
    }

    @Test
    void closedSubscription_receivesNothingMore() throws Exception {
        List<ServerEvent> received = new CopyOnWriteArrayList<>();
        List<ServerEvent> witness = new CopyOnWriteArrayList<>();
        try (var w = bus().subscribe(witness::add)) {
            var subscription = bus().subscribe(received::add);
            subscription.close();
            bus().publish(new ServerEvent.PromptsChanged());
            eventually(() -> assertThat(witness).contains(new ServerEvent.PromptsChanged()));
            assertThat(received).isEmpty();
        }
    }

    @Test
    void failingSubscriber_doesNotStopTheOthers() throws Exception {
        List<ServerEvent> received = new CopyOnWriteArrayList<>();
        try (var bad = bus().subscribe(e -> {
            throw new IllegalStateException("listener bug");
        }); var good = bus().subscribe(received::add)) {
            bus().publish(new ServerEvent.ResourcesChanged());
            eventually(() -> assertThat(received).containsExactly(new ServerEvent.ResourcesChanged()));
        }
    }
}
