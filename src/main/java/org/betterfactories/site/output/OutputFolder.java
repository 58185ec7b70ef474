package org.betterfactories.site.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.betterfactories.site.diag.IoProblems;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether a folder may receive the built site. A build replaces its output folder as a whole, so the
 * folder must be one the builder owns: one that does not exist yet, an empty one, one under the project's
 * {@code target/}, or one a previous build made (it holds the {@link #MARKER} file). Everything else is
 * refused before anything is touched: a file ({@code --out site.yml}), a source folder or a folder holding
 * one ({@code --out src}, {@code --out .}), a folder of someone else's files ({@code --out docs}). Links are
 * resolved first, so {@code self/content} with {@code self -> .} is seen as {@code content}.
 */
public final class OutputFolder {
    /** The file every built site carries: "this folder was made by the builder and may be replaced". */
    public static final String MARKER = ".bfc-site";

    /** The marker's content, the same in every build. */
    static final byte[] MARKER_TEXT = ("This folder was made by the Better Factories Cambodia site builder;"
            + " every build replaces it.\n").getBytes(StandardCharsets.UTF_8);

    private OutputFolder() {
    }

    /**
     * Why {@code outDir} must not receive the site, or null when it may.
     *
     * @param sourceDirs the folders the build reads (content, templates, assets, i18n ...)
     */
    public static @Nullable String refusal(Path outDir, Path projectDir, List<Path> sourceDirs) {
        Path out = real(outDir);
        Path project = real(projectDir);
        if (project.startsWith(out)) {
            return "the output folder " + outDir + " contains the project: building would replace it";
        }
        for (Path src : sourceDirs) {
            Path s = real(src);
            if (out.startsWith(s) || s.startsWith(out)) {
                return "the output folder " + outDir + " is or holds the source folder " + project.relativize(s)
                        + (out.equals(outDir.toAbsolutePath().normalize()) ? "" : " (through a link)");
            }
        }
        if (out.startsWith(project)) {
            Path rel = project.relativize(out);
            if (rel.getNameCount() > 0 && rel.getName(0).toString().startsWith(".")) {
                return "the output folder " + outDir + " is inside " + rel.getName(0) + ", which the project keeps for"
                        + " its tools";
            }
        }
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        if (!Files.isDirectory(out)) {
            return "the output folder " + outDir + " is a file: building would replace it";
        }
        if (out.startsWith(project.resolve("target")) || Files.isRegularFile(out.resolve(MARKER))) {
            return null;
        }
        try (Stream<Path> s = Files.list(out)) {
            if (s.findAny().isEmpty()) {
                return null;
            }
        } catch (IOException e) {
            return "the output folder " + outDir + " cannot be read: " + IoProblems.reason(e);
        }
        return "the output folder " + outDir + " holds files that no build of this site made: building would"
                + " replace them";
    }

    /**
     * Where the reports (translation report, external links, hosting samples) go: next to the site when it is
     * built under the project's {@code target/}, else in {@code target/} itself, never next to a site built
     * elsewhere (a web server's folder) nor among the sources.
     */
    public static Path reportDir(Path outDir, Path projectDir) {
        Path target = projectDir.toAbsolutePath().normalize().resolve("target");
        Path parent = outDir.toAbsolutePath().normalize().getParent();
        return parent != null && real(parent).startsWith(real(target)) ? parent : target;
    }

    /**
     * The path with every link resolved, also when its last parts do not exist yet (the nearest existing folder
     * is resolved and the rest appended).
     */
    static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
        } catch (IOException e) {
            return abs;
        }
    }
}
