package dev.mcphex.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcphex.ports.driven.ConversationLog;
import dev.mcphex.ports.driven.ConversationLogContract;
import dev.mcphex.ports.driven.HistoryEntry;
import dev.mcphex.ports.driven.HistoryQuery;
import dev.mcphex.ports.jsonrpc.Json;
import dev.mcphex.ports.protocol.Era;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JdbiConversationLogTest extends ConversationLogContract {
    private final PostgresDatabase database = TestDatabase.fresh();
    private final ConversationLog log = new JdbiConversationLog(database);

    @Override
    protected ConversationLog log() {
        return log;
    }

    @Test
    void nulCharacters_areStoredAsTheReplacementCharacter() {
        var entry = new HistoryEntry(UUID.randomUUID().toString(), Instant.parse("2026-03-01T10:00:00Z"), "p\0",
                Era.LEGACY, "nul-" + UUID.randomUUID(), "tools/call", "echo", Json.parse("{\"text\":\"a\\u0000b\"}"),
                "summary\0", Duration.ZERO, HistoryEntry.Status.OK, null, null);
        log.append(entry);
        HistoryEntry read = log.query(HistoryQuery.all(1).bySession(entry.session())).entries().getFirst();
        assertThat(read.principal()).isEqualTo("p\uFFFD");
        assertThat(read.resultSummary()).isEqualTo("summary\uFFFD");
        assertThat(read.arguments().get("text").stringValue()).isEqualTo("a\uFFFDb");
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
