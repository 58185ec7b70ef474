package org.betterfactories.site.build;

import java.nio.file.Path;

/**
 * What to build.
 *
 * @param projectDir the project folder (holds site.yml, content/, templates/ ...)
 * @param outputDir where the site goes ({@code target/site} by default)
 * @param includeDrafts build {@code status: draft} pages too (preview)
 * @param write write the site; {@code false} for {@code check}, which stops before writing
 */
public record BuildOptions(Path projectDir, Path outputDir, boolean includeDrafts, boolean write) {

    public static BuildOptions build(Path projectDir, Path outputDir) {
        return new BuildOptions(projectDir, outputDir, false, true);
    }

    public static BuildOptions check(Path projectDir) {
        return new BuildOptions(projectDir, projectDir.resolve("target/site"), false, false);
    }

    public BuildOptions withDrafts(boolean drafts) {
        return new BuildOptions(projectDir, outputDir, drafts, write);
    }
}
