package dev.mcphex.domain.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HistoryIdsTest {
    private static final Instant AT = Instant.parse("2026-12-07T10:15:30.123456Z");

    @Test
    void id_isAVersion7UuidOfTheRfcVariant() {
        UUID id = HistoryIds.next(AT);
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
    }

    @Test
    void id_beginsWithTheTimeInMilliseconds() {
        UUID id = HistoryIds.next(AT);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(AT.toEpochMilli());
    }

    @Test
    void idsOfLaterMilliseconds_sortAfterEarlierOnes() {
        UUID earlier = HistoryIds.next(AT);
        UUID later = HistoryIds.next(AT.plusMillis(1));
        assertThat(later.toString()).isGreaterThan(earlier.toString());
    }

    @Test
    void idsOfTheSameMillisecond_areUnique() {
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            ids.add(HistoryIds.next(AT));
        }
        assertThat(ids).hasSize(100_000);
    }
}
