package dev.mcphex.ports.driven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mcphex.ports.jsonrpc.Json;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * The behaviour every {@link TaskStore} implementation must have. Implement {@link #now} as the time the
 * store sees and {@link #passTime} to move it.
 */
public abstract class TaskStoreContract {
    /** The time to live of the tasks the contract creates. */
    protected static final long TTL_MILLIS = 60_000;

    /** The store under test, the same instance for the whole test. */
    protected abstract TaskStore store();

    /** The time the store sees. */
    protected abstract Instant now();

    /** Advances the time the store sees. */
    protected abstract void passTime(long millis);

    private TaskRecord created() {
        TaskRecord task = TaskRecord.working("t-" + UUID.randomUUID(), "alice", now(), TTL_MILLIS, 200);
        store().create(task);
        return task;
    }

    private static ObjectNode object(String json) {
        return (ObjectNode) Json.parse(json);
    }

    private static final String TWO_REQUESTS =
            "{\"a\":{\"method\":\"elicitation/create\",\"params\":{\"message\":\"A?\"}},"
            + "\"b\":{\"method\":\"roots/list\"}}";

    @Test
    void createdTask_isFoundWithEveryField() {
        TaskRecord task = created();
        assertThat(store().find(task.taskId())).contains(task);
    }

    @Test
    void creatingATaskTwice_isRejected() {
        TaskRecord task = created();
        assertThatThrownBy(() -> store().create(task)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unknownTask_isNotFoundAndCannotChange() {
        assertThat(store().find("no-such-task")).isEmpty();
        assertThat(store().cancel("no-such-task")).isEmpty();
        assertThat(store().complete("no-such-task", Json.object())).isEmpty();
        assertThat(store().recordResponses("no-such-task", Json.object())).isEmpty();
    }

    @Test
    void requireInput_parksTheTaskWithItsPendingRequests() {
        TaskRecord task = created();
        passTime(10);
        TaskRecord parked = store().requireInput(task.taskId(), object(TWO_REQUESTS)).orElseThrow();
        assertThat(parked.status()).isEqualTo(TaskStatus.INPUT_REQUIRED);
        assertThat(parked.inputRequests()).isEqualTo(object(TWO_REQUESTS));
        assertThat(parked.lastUpdatedAt()).isAfter(task.lastUpdatedAt());
        assertThat(store().find(task.taskId())).contains(parked);
    }

    @Test
    void partialAnswers_leaveTheOtherRequestsPending_andUnknownKeysAreIgnored() {
        TaskRecord task = created();
        store().requireInput(task.taskId(), object(TWO_REQUESTS));
        TaskRecord partly = store().recordResponses(task.taskId(),
                object("{\"a\":{\"action\":\"accept\"},\"zzz\":{\"ignored\":true}}")).orElseThrow();
        assertThat(partly.status()).isEqualTo(TaskStatus.INPUT_REQUIRED);
        assertThat(partly.inputRequests().propertyNames()).containsExactly("b");
        assertThat(partly.inputResponses()).isEqualTo(object("{\"a\":{\"action\":\"accept\"}}"));

        TaskRecord resumed = store().recordResponses(task.taskId(), object("{\"b\":{\"roots\":[]}}")).orElseThrow();
        assertThat(resumed.status()).isEqualTo(TaskStatus.WORKING);
        assertThat(resumed.inputRequests().isEmpty()).isTrue();
        assertThat(resumed.inputResponses().propertyNames()).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void complete_keepsTheResult_andTheTaskNeverChangesAgain() {
        TaskRecord task = created();
        ObjectNode result = object("{\"content\":[],\"resultType\":\"complete\"}");
        TaskRecord done = store().complete(task.taskId(), result).orElseThrow();
        assertThat(done.status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(done.result()).isEqualTo(result);

        assertThat(store().cancel(task.taskId())).contains(done);
        assertThat(store().fail(task.taskId(), object("{\"code\":-32603,\"message\":\"x\"}"))).contains(done);
        assertThat(store().requireInput(task.taskId(), object(TWO_REQUESTS))).contains(done);
        assertThat(store().find(task.taskId())).contains(done);
    }

    @Test
    void fail_keepsTheError() {
        TaskRecord task = created();
        ObjectNode error = object("{\"code\":-32603,\"message\":\"broken\"}");
        TaskRecord failed = store().fail(task.taskId(), error).orElseThrow();
        assertThat(failed.status()).isEqualTo(TaskStatus.FAILED);
        assertThat(failed.error()).isEqualTo(error);
        assertThat(failed.result()).isNull();
    }

    @Test
    void cancel_endsAnActiveTask_evenOneWaitingForInput() {
        TaskRecord task = created();
        store().requireInput(task.taskId(), object(TWO_REQUESTS));
        TaskRecord cancelled = store().cancel(task.taskId()).orElseThrow();
        assertThat(cancelled.status()).isEqualTo(TaskStatus.CANCELLED);
        assertThat(cancelled.inputRequests().isEmpty()).isTrue();
        assertThat(store().complete(task.taskId(), Json.object())).contains(cancelled);
    }

    @Test
    void tasks_expireAfterTheirTimeToLive() {
        TaskRecord task = created();
        passTime(TTL_MILLIS - 1_000);
        assertThat(store().find(task.taskId())).isPresent();
        passTime(2_000);
        assertThat(store().find(task.taskId())).isEmpty();
        assertThat(store().cancel(task.taskId())).isEmpty();
    }

    private TaskRecord created(String owner, String taskId) {
        TaskRecord task = TaskRecord.working(taskId, owner, now(), TTL_MILLIS, 200);
        store().create(task);
        return task;
    }

    private static List<String> ids(List<TaskRecord> tasks) {
        return tasks.stream().map(TaskRecord::taskId).toList();
    }

    @Test
    void list_givesOnlyTheOwnersTasks_newestFirst() {
        String owner = "owner-" + UUID.randomUUID();
        TaskRecord oldest = created(owner, "l-" + UUID.randomUUID());
        passTime(10);
        TaskRecord middle = created(owner, "l-" + UUID.randomUUID());
        created("other-" + UUID.randomUUID(), "l-" + UUID.randomUUID());
        passTime(10);
        TaskRecord newest = created(owner, "l-" + UUID.randomUUID());
        store().complete(middle.taskId(), object("{\"content\":[]}"));

        List<TaskRecord> listed = store().list(owner, null, 10);
        assertThat(ids(listed)).containsExactly(newest.taskId(), middle.taskId(), oldest.taskId());
        assertThat(listed.get(1).status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(store().list("nobody-" + UUID.randomUUID(), null, 10)).isEmpty();
    }

    @Test
    void list_pagesAfterAGivenTask_andBreaksTiesByTaskIdDescending() {
        String owner = "owner-" + UUID.randomUUID();
        String prefix = "p-" + UUID.randomUUID();
        created(owner, prefix + "-a");
        created(owner, prefix + "-c");
        created(owner, prefix + "-b");

        assertThat(ids(store().list(owner, null, 2))).containsExactly(prefix + "-c", prefix + "-b");
        assertThat(ids(store().list(owner, prefix + "-b", 2))).containsExactly(prefix + "-a");
        assertThat(store().list(owner, prefix + "-a", 2)).isEmpty();
    }

    @Test
    void list_withAnUnknownOrExpiredStart_isEmpty_andExpiredTasksAreNotListed() {
        String owner = "owner-" + UUID.randomUUID();
        TaskRecord old = created(owner, "e-" + UUID.randomUUID());
        assertThat(store().list(owner, "no-such-task", 10)).isEmpty();
        passTime(TTL_MILLIS / 2);
        TaskRecord young = created(owner, "e-" + UUID.randomUUID());
        passTime(TTL_MILLIS / 2 + 1_000);
        assertThat(ids(store().list(owner, null, 10))).containsExactly(young.taskId());
        assertThat(store().list(owner, old.taskId(), 10)).isEmpty();
    }
}
