package dev.mcphex.ports.spi;

/**
 * A tool failed in a way the model should read: it becomes a result with {@code isError: true} whose
 * text is this exception's message. Any other exception thrown by a tool becomes such a result too,
 * with a generic message; this one lets the tool choose the words.
 */
public class ToolExecutionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ToolExecutionException(String message) {
        super(message, null, false, false);
    }

    public ToolExecutionException(String message, Throwable cause) {
        super(message, cause);
    }
}
