package org.betterfactories.site.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.betterfactories.site.diag.Problem;
import org.betterfactories.site.source.SourceFile;
import org.betterfactories.site.source.YamlMap;

/**
 * Reports problems with front matter values at their position in the content file, and answers questions
 * the value types need (does an asset exist?).
 */
final class FieldChecker {
    private final SourceFile file;
    private final YamlMap frontMatter;
    private final Path assetDir;
    private final List<Problem> problems;

    FieldChecker(SourceFile file, YamlMap frontMatter, Path assetDir, List<Problem> problems) {
        this.file = file;
        this.frontMatter = frontMatter;
        this.assetDir = assetDir;
        this.problems = problems;
    }

    /** An error at the value of {@code path}. */
    void error(String path, String message, String fix) {
        problems.add(file.error(frontMatter.valuePosition(path), message, fix));
    }

    /** An error at the key of {@code path} (unknown or misplaced keys). */
    void keyError(String path, String message, String fix) {
        problems.add(file.error(frontMatter.keyPosition(path), message, fix));
    }

    void warning(String path, String message, String fix) {
        problems.add(file.warning(frontMatter.valuePosition(path), message, fix));
    }

    /** Whether {@code assetPath} (site path like {@code /files/report.pdf}) exists in the asset folder. */
    boolean assetExists(String assetPath) {
        Path p = assetDir.resolve(assetPath.substring(1)).normalize();
        return p.startsWith(assetDir.normalize()) && Files.isRegularFile(p);
    }
}
