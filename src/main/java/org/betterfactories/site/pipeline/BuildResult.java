package org.betterfactories.site.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.betterfactories.site.diag.Problem;
import org.betterfactories.site.translate.TranslationStatus;

/**
 * What a successful build did.
 *
 * @param warnings problems that did not stop the build
 * @param pagesPerLanguage HTML pages written per language code ("" for the bilingual root pages)
 * @param files every file of the site, relative path to bytes (pages and generated files; assets excluded)
 * @param externalLinks external addresses linked from the site (listed, never fetched)
 * @param translations what still needs translating or updating
 * @param translationReport where the HTML translation report was written
 * @param millis wall time
 * @param stageMillis wall time per stage, in the order they ran
 * @param assets the asset files, by site path
 * @param basePath the site's base path ({@code /} or {@code /bfc/})
 * @param templatesRun pages rendered by their template in this build (a preview reuses the others)
 * @param pagesProcessed pages post-processed in this build (a preview reuses the others)
 * @param contentSecurityPolicy the site's Content-Security-Policy, as the hosting files send it
 * @param offline what each language's guide takes saved for offline reading, by language code, in bytes
 */
public record BuildResult(List<Problem> warnings, Map<String, Integer> pagesPerLanguage, Map<String, byte[]> files,
        Set<String> externalLinks, TranslationStatus translations, Path translationReport, long millis, Map<String, Long> stageMillis,
        Map<String, Path> assets, String basePath, int templatesRun, int pagesProcessed,
        String contentSecurityPolicy, java.util.function.Function<String, java.util.Optional<byte[]>> onDemand,
        Map<String, Long> offline) {

    public int pageCount() {
        return pagesPerLanguage.values().stream().mapToInt(Integer::intValue).sum();
    }
}
