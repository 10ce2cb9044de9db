package dev.mcphex.adapter.postgres;

import dev.mcphex.ports.driven.ConversationLog;
import dev.mcphex.ports.driven.ConversationLogContract;
import org.junit.jupiter.api.AfterEach;

class JdbiConversationLogTest extends ConversationLogContract {
    private final PostgresDatabase database = TestDatabase.fresh();
    private final ConversationLog log = new JdbiConversationLog(database);

    @Override
    protected ConversationLog log() {
        return log;
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
