package dev.mcphex.domain.exchange;

/** The request was cancelled; no response is due. */
public final class RequestCancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RequestCancelledException(String reason) {
        super(reason, null, false, false);
    }
}
