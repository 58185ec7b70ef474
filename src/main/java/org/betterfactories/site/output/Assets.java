package org.betterfactories.site.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import org.betterfactories.site.source.ProjectFiles;

/**
 * The files of {@code assets/} (CSS, fonts, images, downloads), copied to the site root as JBake does.
 * Stylesheets and scripts get a version from their content ({@code /css/site.css?v=1a2b3c4d}) so that
 * browsers can cache them for long and still see a change at once.
 */
public final class Assets {
    private final Map<String, Path> files;
    private final Map<String, String> urls;

    private Assets(Map<String, Path> files, Map<String, String> urls) {
        this.files = files;
        this.urls = urls;
    }

    /**
     * The files of {@code assetDir}; links are followed only inside the project, and a link to anything else is
     * reported to {@code problems} and left out.
     */
    public static Assets scan(Path assetDir, Path projectDir, java.util.function.Function<Path, String> relative,
            java.util.function.Consumer<org.betterfactories.site.diag.Problem> problems) {
        Map<String, Path> files = new TreeMap<>();
        Map<String, String> urls = new TreeMap<>();
        try {
            for (Path p : ProjectFiles.walk(assetDir, projectDir, relative, problems).keySet()) {
                String rel = assetDir.relativize(p).toString().replace('\\', '/');
                String sitePath = "/" + rel;
                files.put(sitePath, p);
                urls.put(sitePath, rel.endsWith(".css") || rel.endsWith(".js")
                        ? sitePath + "?v=" + shortHash(Files.readAllBytes(p)) : sitePath);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Assets(files, urls);
    }

    /** Site path to file on disk, sorted. */
    public Map<String, Path> files() {
        return files;
    }

    /** Site path to the URL templates should use (versioned for CSS and JS). */
    public Map<String, String> urls() {
        return urls;
    }

    static String shortHash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
