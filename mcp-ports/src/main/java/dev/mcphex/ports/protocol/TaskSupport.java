package dev.mcphex.ports.protocol;

/**
 * Whether a tool may run as a task of the tasks extension, as {@code tools/list} declares it in
 * {@code execution.taskSupport}.
 *
 * @see <a href="https://github.com/modelcontextprotocol/experimental-ext-tasks">MCP Tasks</a>
 */
public enum TaskSupport {
    /** Never a task: the call always answers in the request. The default. */
    FORBIDDEN("forbidden"),
    /** A task for clients that support tasks, an ordinary call for the others. */
    OPTIONAL("optional"),
    /** Only as a task: clients that do not support tasks get a missing-capability error. */
    REQUIRED("required");

    private final String wire;

    TaskSupport(String wire) {
        this.wire = wire;
    }

    /** The value as the protocol spells it. */
    public String wire() {
        return wire;
    }
}
