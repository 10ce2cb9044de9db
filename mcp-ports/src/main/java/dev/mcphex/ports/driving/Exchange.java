package dev.mcphex.ports.driving;

import dev.mcphex.ports.spi.Cancellation;
import dev.mcphex.ports.spi.Principal;
import java.util.Objects;
import java.util.Optional;

/**
 * What a transport knows about one inbound message besides its content: who sent it, which legacy
 * session it belongs to, where related server messages go, and whether the client has gone away.
 * Created by the transport for each message; the engine binds a session to it on {@code initialize}.
 */
public final class Exchange {
    private final Principal principal;
    private final MessageSink sink;
    private final Cancellation cancellation;
    private final String transport;
    private volatile String sessionId;

    private Exchange(Builder builder) {
        this.principal = builder.principal;
        this.sink = builder.sink;
        this.cancellation = builder.cancellation;
        this.transport = builder.transport;
        this.sessionId = builder.sessionId;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Principal principal() {
        return principal;
    }

    /** Where notifications and server-to-client requests related to this message go. */
    public MessageSink sink() {
        return sink;
    }

    /** Cancelled by the transport when the client goes away (stream closed, connection lost). */
    public Cancellation cancellation() {
        return cancellation;
    }

    /** The transport's name, for logs and metrics: {@code stdio}, {@code http}, ... */
    public String transport() {
        return transport;
    }

    /** The legacy session this message belongs to, if any. */
    public Optional<String> sessionId() {
        return Optional.ofNullable(sessionId);
    }

    /** Called by the engine when {@code initialize} creates a session; the transport reads it back. */
    public void bindSession(String id) {
        this.sessionId = Objects.requireNonNull(id, "id");
    }

    /** Builds an {@link Exchange}. */
    public static final class Builder {
        private Principal principal = Principal.ANONYMOUS;
        private MessageSink sink = MessageSink.DISCARD;
        private Cancellation cancellation = new Cancellation();
        private String transport = "embedded";
        private String sessionId;

        private Builder() {
        }

        public Builder principal(Principal value) {
            this.principal = Objects.requireNonNull(value, "principal");
            return this;
        }

        public Builder sink(MessageSink value) {
            this.sink = Objects.requireNonNull(value, "sink");
            return this;
        }

        public Builder cancellation(Cancellation value) {
            this.cancellation = Objects.requireNonNull(value, "cancellation");
            return this;
        }

        public Builder transport(String value) {
            this.transport = Objects.requireNonNull(value, "transport");
            return this;
        }

        public Builder sessionId(String value) {
            this.sessionId = value;
            return this;
        }

        public Exchange build() {
            return new Exchange(this);
        }
    }
}
