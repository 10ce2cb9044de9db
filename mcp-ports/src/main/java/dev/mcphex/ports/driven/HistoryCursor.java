package dev.mcphex.ports.driven;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Objects;

/**
 * The position after which a history page continues: the last entry's time and id, since entries
 * are ordered newest first by time, then by id. Clients see it only as an opaque string.
 *
 * @param timestamp the last entry's time
 * @param id        the last entry's id
 */
public record HistoryCursor(Instant timestamp, String id) {
    public HistoryCursor {
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(id, "id");
    }

    /** The cursor that continues after {@code entry}. */
    public static HistoryCursor after(HistoryEntry entry) {
        return new HistoryCursor(entry.timestamp(), entry.id());
    }

    /**
     * Reads a cursor.
     *
     * @throws IllegalArgumentException if {@code text} is not a cursor this class wrote
     */
    public static HistoryCursor decode(String text) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            int colon = plain.indexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException("Invalid history cursor");
            }
            long micros = Long.parseLong(plain.substring(0, colon));
            return new HistoryCursor(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), plain.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid history cursor", e);
        }
    }

    public String encode() {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, timestamp);
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((micros + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** Whether {@code entry} comes after this position in newest-first order. */
    public boolean precedes(HistoryEntry entry) {
        int byTime = entry.timestamp().compareTo(timestamp);
        return byTime < 0 || byTime == 0 && entry.id().compareTo(id) < 0;
    }
}
