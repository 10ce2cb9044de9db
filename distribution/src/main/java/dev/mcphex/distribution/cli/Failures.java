package dev.mcphex.distribution.cli;

import com.google.inject.CreationException;
import com.google.inject.ProvisionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a command's failure into exit code 1 and one line on standard error, {@code mcphex: <what went
 * wrong>}; the stack trace goes to the log at debug level.
 */
public final class Failures implements IExecutionExceptionHandler {
    /** The exit code of a command that failed while running. */
    public static final int EXIT_FAILURE = 1;

    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, ParseResult parseResult) {
        LOG.debug("{} failed", command.getCommandName(), failure);
        command.getErr().println(line(failure));
        command.getErr().flush();
        return EXIT_FAILURE;
    }

    /** The one line that describes {@code failure}, without the wrapping the injector adds. */
    public static String line(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof ProvisionException || cause instanceof CreationException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null || cause.getMessage().isBlank()
                ? cause.getClass().getSimpleName()
                : cause.getMessage();
        return "mcphex: " + message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
