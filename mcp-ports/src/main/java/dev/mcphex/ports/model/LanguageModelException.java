package dev.mcphex.ports.model;

/** A model could not answer: unreachable, refused the request, or answered something unreadable. */
public class LanguageModelException extends RuntimeException {

    public LanguageModelException(String message) {
        super(message);
    }

    public LanguageModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
