package dev.mcphex.examples.conformance;

/**
 * What the conformance fixture tells the server around it when its catalogue or a resource changes.
 * The engine wiring implements it, typically by publishing the matching list-changed or
 * resource-updated notification to the clients that listen for it.
 */
public interface FixtureHooks {

    /** Hooks that do nothing, for a fixture whose changes nobody listens to. */
    FixtureHooks NONE = new FixtureHooks() {
        @Override
        public void toolsChanged() {
        }

        @Override
        public void promptsChanged() {
        }

        @Override
        public void resourceUpdated(String uri) {
        }
    };

    /** The tool list changed (or a test asked to pretend it did). */
    void toolsChanged();

    /** The prompt list changed (or a test asked to pretend it did). */
    void promptsChanged();

    /**
     * The resource at {@code uri} changed.
     *
     * @param uri the resource's URI
     */
    void resourceUpdated(String uri);
}
