package dev.mcphex.distribution.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;

/** No database configured: nothing is added around the engine. */
final class InMemoryPersistenceModule extends AbstractModule {

    @Provides
    Persistence persistence() {
        return Persistence.NONE;
    }
}
