package org.betterfactories.site.pipeline;

import java.nio.file.Path;

/**
 * What to build.
 *
 * @param projectDir the project folder (holds site.yml, content/, templates/ ...)
 * @param outputDir where the site goes ({@code target/site} by default)
 * @param includeDrafts build {@code status: draft} pages too (preview)
 * @param write write the site; {@code false} for {@code check}, which stops before writing
 * @param production a build for publishing: settings that are fine for a preview but not for readers
 *     (an example newsletter address) are errors
 * @param cache what the previous build of a preview left to reuse, or null for a one-off build
 */
public record BuildOptions(Path projectDir, Path outputDir, boolean includeDrafts, boolean write,
        boolean production, BuildCache cache) {

    public BuildOptions(Path projectDir, Path outputDir, boolean includeDrafts, boolean write, boolean production) {
        this(projectDir, outputDir, includeDrafts, write, production, null);
    }

    public static BuildOptions build(Path projectDir, Path outputDir) {
        return new BuildOptions(projectDir, outputDir, false, true, false);
    }

    public static BuildOptions check(Path projectDir) {
        return new BuildOptions(projectDir, projectDir.resolve("target/site"), false, false, false);
    }

    /** A preview build: drafts included, nothing written, the cache reused. */
    public static BuildOptions preview(Path projectDir, BuildCache cache) {
        return new BuildOptions(projectDir, projectDir.resolve("target/site"), true, false, false, cache);
    }
}
