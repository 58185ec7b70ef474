package org.betterfactories.site.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;

import org.betterfactories.site.reuse.Reuse;

/**
 * What to build.
 *
 * @param projectDir the project folder (holds site.yml, content/, templates/ ...)
 * @param outputDir where the site goes ({@code target/site} by default)
 * @param includeDrafts build {@code status: draft} pages and scheduled ones too (preview)
 * @param write write the site; {@code false} for {@code check}, which stops before writing
 * @param production a build for publishing: settings that are fine for a preview but not for readers
 *     (an example newsletter address) are errors
 * @param reuse what this build may take from earlier ones: {@link Reuse#NOTHING} for a one-off build, the
 *     preview's {@link org.betterfactories.site.reuse.Memory} across its rebuilds
 * @param today the build's day ({@link BuildClock}): pages dated later are scheduled, built only with drafts
 */
public record BuildOptions(Path projectDir, Path outputDir, boolean includeDrafts, boolean write,
        boolean production, Reuse reuse, LocalDate today) {

    public BuildOptions(Path projectDir, Path outputDir, boolean includeDrafts, boolean write, boolean production) {
        this(projectDir, outputDir, includeDrafts, write, production, Reuse.NOTHING, BuildClock.today());
    }

    /** The same build on another day. */
    public BuildOptions on(LocalDate day) {
        return new BuildOptions(projectDir, outputDir, includeDrafts, write, production, reuse, day);
    }

    public static BuildOptions build(Path projectDir, Path outputDir) {
        return new BuildOptions(projectDir, outputDir, false, true, false);
    }

    public static BuildOptions check(Path projectDir) {
        return new BuildOptions(projectDir, projectDir.resolve("target/site"), false, false, false);
    }

    /** A preview build: drafts included, nothing written, what earlier builds made reused. */
    public static BuildOptions preview(Path projectDir, Reuse reuse) {
        return new BuildOptions(projectDir, projectDir.resolve("target/site"), true, false, false, reuse,
                BuildClock.today());
    }
}
