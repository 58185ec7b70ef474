package org.betterfactories.site.schema;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.betterfactories.site.diag.Problem;
import org.betterfactories.site.source.SourceFile;
import org.betterfactories.site.source.YamlMap;

/**
 * Reports problems with front matter values at their position in the content file, and answers questions
 * the value types need (does an asset exist?).
 */
public final class FieldChecker {
    private final SourceFile file;
    private final YamlMap frontMatter;
    private final Path assetDir;
    private final Consumer<Problem> problems;

    public FieldChecker(SourceFile file, YamlMap frontMatter, Path assetDir, List<Problem> problems) {
        this(file, frontMatter, assetDir, problems::add);
    }

    /** @param problems receives every problem, at its position in {@code file} */
    public FieldChecker(SourceFile file, YamlMap frontMatter, Path assetDir, Consumer<Problem> problems) {
        this.file = file;
        this.frontMatter = frontMatter;
        this.assetDir = assetDir;
        this.problems = problems;
    }

    /** An error at the value of {@code path}. */
    public void error(String path, String message, String fix) {
        problems.accept(file.error(frontMatter.valuePosition(path), message, fix));
    }

    /** An error at the key of {@code path} (unknown or misplaced keys). */
    public void keyError(String path, String message, String fix) {
        problems.accept(file.error(frontMatter.keyPosition(path), message, fix));
    }

    public void warning(String path, String message, String fix) {
        problems.accept(file.warning(frontMatter.valuePosition(path), message, fix));
    }

    /** Whether {@code assetPath} (site path like {@code /files/report.pdf}) exists in the asset folder. */
    public boolean assetExists(String assetPath) {
        Path p = assetDir.resolve(assetPath.substring(1)).normalize();
        return p.startsWith(assetDir.normalize()) && Files.isRegularFile(p);
    }
}
