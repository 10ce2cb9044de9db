package dev.mcphex.distribution.cli;

import com.google.inject.Inject;
import dev.mcphex.distribution.config.Release;
import picocli.CommandLine.IVersionProvider;

/** What {@code --version} prints: {@code mcphex <version>}. */
final class ReleaseVersionProvider implements IVersionProvider {
    private final Release release;

    @Inject
    ReleaseVersionProvider(Release release) {
        this.release = release;
    }

    static String line(Release release) {
        return "mcphex " + release.version();
    }

    @Override
    public String[] getVersion() {
        return new String[] {line(release)};
    }
}
