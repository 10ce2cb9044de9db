package dev.mcphex.ports.driven;

/**
 * Where a task of the tasks extension ({@code io.modelcontextprotocol/tasks}) is in its life. The three
 * terminal statuses never change again.
 */
public enum TaskStatus {
    WORKING("working"),
    INPUT_REQUIRED("input_required"),
    COMPLETED("completed"),
    FAILED("failed"),
    CANCELLED("cancelled");

    private final String wire;

    TaskStatus(String wire) {
        this.wire = wire;
    }

    /** The status as the protocol spells it. */
    public String wire() {
        return wire;
    }

    /** Whether the status is final: completed, failed or cancelled. */
    public boolean terminal() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }

    /**
     * The status of a wire spelling.
     *
     * @throws IllegalArgumentException if it names no status
     */
    public static TaskStatus fromWire(String value) {
        for (TaskStatus status : values()) {
            if (status.wire.equals(value)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown task status: " + value);
    }
}
