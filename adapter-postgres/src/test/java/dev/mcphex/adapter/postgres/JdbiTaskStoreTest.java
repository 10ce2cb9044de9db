package dev.mcphex.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.ports.driven.TaskRecord;
import dev.mcphex.ports.driven.TaskStatus;
import dev.mcphex.ports.driven.TaskStore;
import dev.mcphex.ports.driven.TaskStoreContract;
import dev.mcphex.ports.driven.TestClock;
import dev.mcphex.ports.jsonrpc.Json;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class JdbiTaskStoreTest extends TaskStoreContract {
    private final TestClock clock = new TestClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final PostgresDatabase database = TestDatabase.fresh();
    private final TaskStore store = new JdbiTaskStore(database, clock);

    @Override
    protected TaskStore store() {
        return store;
    }

    @Override
    protected Instant now() {
        return clock.instant();
    }

    @Override
    protected void passTime(long millis) {
        clock.advance(millis);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void concurrentAnswersToOneTask_areAllKept() {
        TaskRecord task = TaskRecord.working("t-" + UUID.randomUUID(), "alice", clock.instant(), TTL_MILLIS, 200);
        store.create(task);
        ObjectNode requests = Json.object();
        IntStream.range(0, 8).forEach(i -> requests.putObject("k" + i).put("method", "roots/list"));
        store.requireInput(task.taskId(), requests);

        CompletableFuture.allOf(IntStream.range(0, 8).mapToObj(i -> CompletableFuture.runAsync(() -> {
            ObjectNode answer = Json.object();
            answer.putObject("k" + i).putArray("roots");
            store.recordResponses(task.taskId(), answer);
        })).toArray(CompletableFuture[]::new)).join();

        TaskRecord after = store.find(task.taskId()).orElseThrow();
        assertThat(after.status()).isEqualTo(TaskStatus.WORKING);
        assertThat(after.inputResponses().propertyNames()).hasSize(8);
    }

    @Test
    void expiredRows_areDeletedWhenALaterTaskIsCreated_andTheirIdsCanBeReused() {
        TaskRecord old = TaskRecord.working("t-" + UUID.randomUUID(), "alice", clock.instant(), TTL_MILLIS, 200);
        store.create(old);
        clock.advance(TTL_MILLIS + JdbiTaskStore.PURGE_EVERY.toMillis());
        TaskRecord reused = TaskRecord.working(old.taskId(), "bob", clock.instant(), TTL_MILLIS, 200);
        store.create(reused);
        assertThat(store.find(old.taskId())).contains(reused);

        clock.advance(TTL_MILLIS + JdbiTaskStore.PURGE_EVERY.toMillis());
        store.create(TaskRecord.working("t-" + UUID.randomUUID(), "alice", clock.instant(), TTL_MILLIS, 200));
        long rows = database.withHandle("count", handle -> handle.createQuery("select count(*) from tasks where id = :id")
                .bind("id", old.taskId()).mapTo(Long.class).one());
        assertThat(rows).isZero();
    }
}
