package org.betterfactories.site.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.betterfactories.site.config.SiteConfig;
import org.betterfactories.site.reuse.Reuse;
import org.betterfactories.site.translate.TranslationStatus;

/**
 * What a build writes next to the site for the people who run it, never into the site: the translation report,
 * the list of external links and the web servers' configurations ({@code hosting/}).
 */
public final class Reports {
    private Reports() {
    }

    /**
     * Writes the reports into {@code dir}; the translation report only when what it shows changed since a build
     * that kept it ({@code reuse}), or when it is missing.
     */
    public static void write(Path dir, SiteConfig config, Set<String> players, TranslationStatus status,
            Set<String> externalLinks, Reuse reuse) throws IOException {
        Files.createDirectories(dir);
        Path report = dir.resolve(TranslationReport.FILE_NAME);
        TranslationReport.Contents contents = TranslationReport.contents(status);
        try {
            reuse.remember("translation-report", report, () -> List.of(contents, Files.isRegularFile(report)
                    && Files.isRegularFile(report.resolveSibling(TranslationReport.MARKDOWN_FILE_NAME))), () -> {
                try {
                    TranslationReport.write(report, contents);
                    return contents;
                } catch (IOException e) {
                    throw new UncheckedIOException(e); // not remembered: written again next time
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Files.createDirectories(dir.resolve("hosting"));
        for (Map.Entry<String, String> f : HostingFiles.serverFiles(config, players).entrySet()) {
            Files.writeString(dir.resolve("hosting").resolve(f.getKey()), f.getValue());
        }
        Files.write(dir.resolve("external-links.txt"), externalLinks.stream().map(l -> l + "\n")
                .collect(Collectors.joining()).getBytes(StandardCharsets.UTF_8));
    }
}
