package dev.mcphex.domain.history;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ids of history entries: version 7 UUIDs (RFC 9562), whose first 48 bits are the entry's time in Unix
 * milliseconds and the other 74 free bits random. Entries written close in time get ids close in
 * order, so a database index on the id grows at its end rather than at random places; and making one
 * costs no call to the secure random generator, whose lock every request would otherwise share. The
 * ids are unique, not secret.
 */
final class HistoryIds {
    private static final long VERSION_7 = 0x7000L;
    private static final long VARIANT_RFC = 0x8000_0000_0000_0000L;

    private HistoryIds() {
    }

    /** A new id for an entry of the time {@code at}. */
    static UUID next(Instant at) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long millis = at.toEpochMilli() & 0xFFFF_FFFF_FFFFL;
        long high = millis << 16 | VERSION_7 | random.nextInt(1 << 12);
        long low = VARIANT_RFC | random.nextLong() >>> 2;
        return new UUID(high, low);
    }
}
