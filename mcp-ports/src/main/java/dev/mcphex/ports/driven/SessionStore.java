package dev.mcphex.ports.driven;

import java.util.Optional;

/**
 * Keeps legacy sessions. Sessions expire after a period without access (sliding expiry); every
 * {@link #find} counts as access.
 */
public interface SessionStore {

    /** Creates or replaces a session. */
    void save(SessionRecord session);

    /** The session, if it exists and has not expired; refreshes its expiry. */
    Optional<SessionRecord> find(String id);

    /** Removes a session; {@code false} if it did not exist. */
    boolean delete(String id);

    /** How many live sessions there are. */
    long count();
}
