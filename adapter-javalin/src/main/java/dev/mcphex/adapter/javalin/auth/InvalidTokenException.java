package dev.mcphex.adapter.javalin.auth;

/** A bearer token that cannot be accepted; the message says why, without echoing the token. */
public final class InvalidTokenException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidTokenException(String message) {
        super(message, null, false, false);
    }

    public InvalidTokenException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
