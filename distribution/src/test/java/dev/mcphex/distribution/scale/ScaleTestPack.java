package dev.mcphex.distribution.scale;

import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.FormElicitation;
import dev.mcphex.ports.protocol.TaskSupport;
import dev.mcphex.ports.protocol.ToolDefinition;
import dev.mcphex.ports.protocol.ToolResult;
import dev.mcphex.ports.spi.Tool;
import dev.mcphex.ports.spi.ToolPack;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tools that make a call span instances: one asks the user, one reports progress twice with a pause between;
 * one that reports progress a step at a time, as the test allows; one that only answers, for rate limits;
 * and two that run only as tasks, one asking the user, one working until it is cancelled.
 */
final class ScaleTestPack implements ToolPack {
    static final String ASK_NAME = "ask_name";
    static final String TWO_STEPS = "two_steps";
    static final String LIMITED = "limited";
    static final String ASK_IN_TASK = "ask_in_task";
    static final String WORK_UNTIL_CANCELLED = "work_until_cancelled";
    static final String PACED = "paced";
    /** How many progress notifications {@value #PACED} sends. */
    static final int PACED_STEPS = 3;

    private final CountDownLatch secondStep = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);
    private final CountDownLatch workStarted = new CountDownLatch(1);
    private final CountDownLatch workStopped = new CountDownLatch(1);
    private final Semaphore pacedSteps = new Semaphore(0);

    /** Lets {@value #PACED} take its next step. */
    void step() {
        pacedSteps.release();
    }

    /** Lets {@value #TWO_STEPS} take its second step. */
    void release() {
        secondStep.countDown();
    }

    /** Waits, a bounded time, for {@value #TWO_STEPS} to return. */
    boolean awaitFinished() throws InterruptedException {
        return finished.await(SseStream.WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Waits, a bounded time, for {@value #WORK_UNTIL_CANCELLED} to start working. */
    boolean awaitWorkStarted() throws InterruptedException {
        return workStarted.await(SseStream.WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Waits up to {@code millis} for {@value #WORK_UNTIL_CANCELLED} to be interrupted by its cancellation. */
    boolean awaitWorkStopped(long millis) throws InterruptedException {
        return workStopped.await(millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public String name() {
        return "scale-test";
    }

    @Override
    public List<Tool> tools() {
        ObjectNode empty = Json.object().put("type", "object");
        empty.putObject("properties");
        ObjectNode nameForm = Json.object().put("type", "object");
        nameForm.putObject("properties").putObject("name").put("type", "string");
        Tool ask = new Tool(ToolDefinition.of(ASK_NAME, "Asks the user's name", empty), (call, context) ->
                ToolResult.text("hello " + context.elicit(new FormElicitation("Your name?", nameForm)).string("name")));
        Tool twoSteps = new Tool(ToolDefinition.of(TWO_STEPS, "Reports progress twice", empty), (call, context) -> {
            context.progress(1, 2.0, "first");
            if (!secondStep.await(SseStream.WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                return ToolResult.error("the second step was never released");
            }
            context.progress(2, 2.0, "second");
            finished.countDown();
            return ToolResult.text("both steps done");
        });
        Tool limited = new Tool(ToolDefinition.of(LIMITED, "Answers, within its rate limit", empty),
                (call, context) -> ToolResult.text("admitted"));
        Tool askInTask = new Tool(ToolDefinition.of(ASK_IN_TASK, "Asks the user's name, as a task", empty)
                .withTaskSupport(TaskSupport.REQUIRED), (call, context) ->
                ToolResult.text("hello " + context.elicit(new FormElicitation("Your name?", nameForm)).string("name")));
        Tool workUntilCancelled = new Tool(ToolDefinition.of(WORK_UNTIL_CANCELLED, "Works until cancelled, as a task",
                empty).withTaskSupport(TaskSupport.REQUIRED), (call, context) -> {
                    workStarted.countDown();
                    try {
                        Thread.sleep(SseStream.WAIT.toMillis());
                    } catch (InterruptedException e) {
                        workStopped.countDown();
                        throw e;
                    }
                    return ToolResult.error("the work was never cancelled");
                });
        Tool paced = new Tool(ToolDefinition.of(PACED, "Reports progress one step at a time, when told to", empty),
                (call, context) -> {
                    context.progress(1, (double) PACED_STEPS, "step 1");
                    for (int step = 2; step <= PACED_STEPS; step++) {
                        if (!pacedSteps.tryAcquire(SseStream.WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                            return ToolResult.error("step " + step + " was never released");
                        }
                        context.progress(step, (double) PACED_STEPS, "step " + step);
                    }
                    return ToolResult.text("all steps done");
                });
        return List.of(ask, twoSteps, limited, askInTask, workUntilCancelled, paced);
    }
}
