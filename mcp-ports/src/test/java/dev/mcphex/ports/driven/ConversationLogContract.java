package dev.mcphex.ports.driven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.Era;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link ConversationLog} implementation must have. Each test writes under its
 * own session and principal names, so the log under test may hold other entries.
 */
public abstract class ConversationLogContract {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456Z");

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    /** The log under test, the same instance for the whole test. */
    protected abstract ConversationLog log();

    protected static HistoryEntry entry(String session, String principal, Instant at) {
        return new HistoryEntry(UUID.randomUUID().toString(), at, principal, Era.LEGACY, session, "tools/call",
                "echo", Json.parse("{\"text\":\"hi\"}"), "1 content block", Duration.ofMillis(12),
                HistoryEntry.Status.OK, null, "4bf92f3577b34da6a3ce929d0e0e4736");
    }

    private String session(String name) {
        return name + "-" + run;
    }

    @Test
    void appendedEntry_isReadBackWithEveryField() {
        var entry = new HistoryEntry(UUID.randomUUID().toString(), T0, "alice-" + run, Era.MODERN, session("s"),
                "tools/call", "echo", Json.parse("{\"n\":[1,2,{\"x\":null}]}"), "failed", Duration.ofNanos(1_234_000),
                HistoryEntry.Status.ERROR, -32602, "0af7651916cd43dd8448eb211c80319c");
        log().append(entry);
        assertThat(log().query(HistoryQuery.all(10).bySession(session("s"))).entries()).containsExactly(entry);
    }

    @Test
    void entryWithoutOptionalFields_isReadBackAsWritten() {
        var entry = new HistoryEntry(UUID.randomUUID().toString(), T0, "bob-" + run, Era.LEGACY, null, "ping",
                null, null, null, Duration.ZERO, HistoryEntry.Status.CANCELLED, null, null);
        log().append(entry);
        assertThat(log().query(HistoryQuery.all(10).byPrincipal("bob-" + run)).entries()).containsExactly(entry);
    }

    @Test
    void query_returnsNewestFirst() {
        var old = entry(session("s"), "p", T0);
        var middle = entry(session("s"), "p", T0.plusSeconds(1));
        var newest = entry(session("s"), "p", T0.plusSeconds(2));
        log().appendAll(List.of(middle, old, newest));
        assertThat(log().query(HistoryQuery.all(10).bySession(session("s"))).entries())
                .containsExactly(newest, middle, old);
    }

    @Test
    void query_filtersBySessionPrincipalAndTimeRange() {
        var wanted = entry(session("a"), "alice-" + run, T0.plusSeconds(10));
        log().appendAll(List.of(wanted, entry(session("a"), "bob-" + run, T0.plusSeconds(10)),
                entry(session("b"), "alice-" + run, T0.plusSeconds(10)),
                entry(session("a"), "alice-" + run, T0.plusSeconds(20)),
                entry(session("a"), "alice-" + run, T0)));
        HistoryQuery query = HistoryQuery.all(10).bySession(session("a")).byPrincipal("alice-" + run)
                .between(T0.plusSeconds(5), T0.plusSeconds(20));
        assertThat(log().query(query).entries()).containsExactly(wanted);
    }

    @Test
    void pages_coverEveryEntryOnceEvenWithEqualTimestamps() {
        List<HistoryEntry> written = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            written.add(entry(session("p"), "p", T0.plusSeconds(i / 2)));
        }
        log().appendAll(written);
        List<HistoryEntry> read = new ArrayList<>();
        HistoryQuery query = HistoryQuery.all(3).bySession(session("p"));
        HistoryPage page = log().query(query);
        int pages = 1;
        read.addAll(page.entries());
        while (page.next().isPresent()) {
            page = log().query(query.after(page.nextCursor()));
            read.addAll(page.entries());
            pages++;
        }
        assertThat(read).containsExactlyInAnyOrderElementsOf(written);
        assertThat(read).isSortedAccordingTo((x, y) -> y.timestamp().compareTo(x.timestamp()));
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void lastPage_hasNoCursor() {
        log().append(entry(session("l"), "p", T0));
        assertThat(log().query(HistoryQuery.all(5).bySession(session("l"))).next()).isEmpty();
    }

    @Test
    void appendingAnIdTwice_keepsOneEntry() {
        var entry = entry(session("d"), "p", T0);
        log().append(entry);
        log().appendAll(List.of(entry));
        assertThat(log().query(HistoryQuery.all(10).bySession(session("d"))).entries()).containsExactly(entry);
    }

    @Test
    void batchRetriedAfterPartOfItWasStored_keepsEachEntryOnce() {
        var stored = entry(session("r"), "p", T0);
        var second = entry(session("r"), "p", T0.plusSeconds(1));
        var third = entry(session("r"), "p", T0.plusSeconds(2));
        log().append(stored);
        log().appendAll(List.of(stored, second, third));
        assertThat(log().query(HistoryQuery.all(10).bySession(session("r"))).entries())
                .containsExactly(third, second, stored);
    }

    @Test
    void textWithEscapesQuotesAndLineBreaks_isReadBackAsWritten() {
        String awkward = "tab\there \\ back\\slash\nnew line\r\n\"quoted\" 'single' \u00e9\u4e2d\ud83d\ude00 \\N";
        var entry = new HistoryEntry(UUID.randomUUID().toString(), T0, "carol-" + run + awkward, Era.MODERN,
                session("e") + awkward, "tools/call" + awkward, "echo" + awkward,
                Json.parse("{\"text\":" + Json.write(Json.MAPPER.valueToTree(awkward)) + "}"), "summary" + awkward,
                Duration.ofMillis(3), HistoryEntry.Status.OK, null, "trace" + awkward);
        log().append(entry);
        assertThat(log().query(HistoryQuery.all(10).bySession(session("e") + awkward)).entries())
                .containsExactly(entry);
    }

    @Test
    void entryWithNulCharacters_isStoredWithoutFailingItsBatch() {
        var withNul = new HistoryEntry(UUID.randomUUID().toString(), T0, "p", Era.LEGACY, session("n"), "tools/call",
                "echo", Json.parse("{\"text\":\"a\\u0000b\"}"), "summary\u0000", Duration.ZERO,
                HistoryEntry.Status.OK, null, null);
        var plain = entry(session("n"), "p", T0.plusSeconds(1));
        log().appendAll(List.of(withNul, plain));
        assertThat(log().query(HistoryQuery.all(10).bySession(session("n"))).entries())
                .extracting(HistoryEntry::id).containsExactly(plain.id(), withNul.id());
    }

    @Test
    void foreignCursor_isRejected() {
        assertThatThrownBy(() -> log().query(HistoryQuery.all(5).after("not a cursor!")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
