package dev.mcphex.ports.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mcphex.ports.jsonrpc.Json;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The behaviour every {@link AgentRunStore} implementation must have. */
public abstract class AgentRunStoreContract {
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    /** The store under test, the same instance for the whole test. */
    protected abstract AgentRunStore store();

    private static AgentRun running(String owner, String taskId, Instant startedAt) {
        JsonNode input = Json.parse("{\"task\":\"Summarise the report\",\"strategy\":\"single\",\"agents\":[\"writer\"]}");
        return new AgentRun(UUID.randomUUID(), "writer", owner, taskId, AgentRunStatus.RUNNING, input, null, null,
                startedAt, null);
    }

    private AgentRun started(String owner, Instant startedAt) {
        AgentRun run = running(owner, null, startedAt);
        store().start(run);
        return run;
    }

    private static AgentStep step(UUID runId, int seq, String kind, String tool) {
        return new AgentStep(runId, seq, "writer", kind, tool, Json.parse("{\"q\":" + seq + "}"),
                Json.parse("{\"text\":\"step " + seq + "\",\"tokens\":12}"), AgentStepStatus.OK,
                START.plusMillis(seq), 1_500L * seq);
    }

    private static String someone() {
        return "owner-" + UUID.randomUUID();
    }

    @Test
    void startedRun_isFoundWithEveryField() {
        AgentRun run = started(someone(), START);
        assertThat(store().find(run.id())).contains(run);
        assertThat(store().steps(run.id())).isEmpty();
    }

    @Test
    void runUnderATaskKeptElsewhere_isStored() {
        AgentRun run = running(someone(), "task-on-another-instance-" + UUID.randomUUID(), START);
        store().start(run);
        assertThat(store().find(run.id())).contains(run);
    }

    @Test
    void startingARunTwice_orNotRunning_isRejected() {
        AgentRun run = started(someone(), START);
        assertThatThrownBy(() -> store().start(run)).isInstanceOf(IllegalArgumentException.class);
        AgentRun ended = new AgentRun(UUID.randomUUID(), "writer", someone(), null, AgentRunStatus.COMPLETED,
                Json.object(), Json.object(), null, START, START);
        assertThatThrownBy(() -> store().start(ended)).isInstanceOf(IllegalArgumentException.class);
        assertThat(store().find(ended.id())).isEmpty();
    }

    @Test
    void steps_areReadBackInOrder_withEveryField() {
        AgentRun run = started(someone(), START);
        AgentStep model = step(run.id(), 1, "model", null);
        AgentStep tool = step(run.id(), 2, "tool", "search");
        AgentStep bare = new AgentStep(run.id(), 3, "critic", "delegate", null, null, null, AgentStepStatus.ERROR,
                START.plusSeconds(1), 0);
        store().append(model);
        store().append(tool);
        store().append(bare);
        assertThat(store().steps(run.id())).containsExactly(model, tool, bare);
    }

    @Test
    void appendingToAnUnknownRun_orAStepNumberTwice_isRejected() {
        assertThatThrownBy(() -> store().append(step(UUID.randomUUID(), 1, "model", null)))
                .isInstanceOf(IllegalArgumentException.class);
        AgentRun run = started(someone(), START);
        store().append(step(run.id(), 1, "model", null));
        assertThatThrownBy(() -> store().append(step(run.id(), 1, "tool", "search")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store().steps(run.id())).hasSize(1);
    }

    @Test
    void stepsOfAnUnknownRun_areEmpty() {
        assertThat(store().steps(UUID.randomUUID())).isEmpty();
    }

    @Test
    void finish_endsARunningRunOnce() {
        AgentRun run = started(someone(), START);
        JsonNode output = Json.parse("{\"answer\":\"done\",\"tokens\":120}");
        Instant end = START.plusSeconds(3);

        AgentRun done = store().finish(run.id(), AgentRunStatus.COMPLETED, output, null, end).orElseThrow();

        assertThat(done).isEqualTo(new AgentRun(run.id(), run.agent(), run.owner(), run.taskId(),
                AgentRunStatus.COMPLETED, run.input(), output, null, run.startedAt(), end));
        assertThat(store().find(run.id())).contains(done);
        assertThat(store().finish(run.id(), AgentRunStatus.FAILED, null, "too late", end.plusSeconds(1)))
                .contains(done);
    }

    @Test
    void finish_keepsWhyARunFailed() {
        AgentRun run = started(someone(), START);
        AgentRun failed = store().finish(run.id(), AgentRunStatus.CANCELLED, null, "step budget exhausted",
                START.plusSeconds(1)).orElseThrow();
        assertThat(failed.status()).isEqualTo(AgentRunStatus.CANCELLED);
        assertThat(failed.error()).isEqualTo("step budget exhausted");
        assertThat(failed.output()).isNull();
    }

    @Test
    void finish_ofAnUnknownRun_isEmpty_andRunningIsNoFinalStatus() {
        assertThat(store().finish(UUID.randomUUID(), AgentRunStatus.FAILED, null, "x", START)).isEmpty();
        AgentRun run = started(someone(), START);
        assertThatThrownBy(() -> store().finish(run.id(), AgentRunStatus.RUNNING, null, null, START))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recent_givesTheOwnersRunsNewestFirst_atMostLimit() {
        String owner = someone();
        AgentRun first = started(owner, START);
        AgentRun second = started(owner, START.plusSeconds(1));
        AgentRun third = started(owner, START.plusSeconds(2));
        started(someone(), START.plusSeconds(3));

        assertThat(store().recent(owner, 10)).containsExactly(third, second, first);
        assertThat(store().recent(owner, 2)).containsExactly(third, second);
        assertThat(store().recent(someone(), 10)).isEmpty();
        assertThatThrownBy(() -> store().recent(owner, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recent_showsHowRunsEnded() {
        String owner = someone();
        AgentRun run = started(owner, START);
        AgentRun done = store().finish(run.id(), AgentRunStatus.FAILED, null, "model unavailable",
                START.plusSeconds(1)).orElseThrow();
        assertThat(store().recent(owner, 1)).isEqualTo(List.of(done));
    }
}
