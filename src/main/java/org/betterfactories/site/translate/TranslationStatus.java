package org.betterfactories.site.translate;

import java.util.ArrayList;
import java.util.List;

import org.betterfactories.site.config.Language;
import org.betterfactories.site.config.SiteConfig;
import org.betterfactories.site.diag.Problem;
import org.betterfactories.site.model.Page;

/**
 * What still needs translating or updating: pages missing in a language, translations waiting for a native
 * speaker's review, and translations whose source changed after they were made.
 *
 * @param sourceLanguage the language translations are made from
 * @param missing pages that exist in some language but not in {@code language()}, per language
 * @param reviewNeeded pages marked {@code review: needed}
 * @param stale translations whose {@code translationOf} differs from their source's current hash
 * @param untracked translations without {@code translationOf}: their freshness is unknown
 */
public record TranslationStatus(Language sourceLanguage, List<Missing> missing, List<Page> reviewNeeded,
        List<Stale> stale, List<Page> untracked) {

    /** A page that has no translation into {@code language}. */
    public record Missing(Page existing, Language language) {
    }

    /** A translation made from an older version of its source. */
    public record Stale(Page translation, Page source, String recorded, String current) {
    }

    public static TranslationStatus of(SiteConfig config, TranslationGraph graph) {
        Language source = config.sourceLanguage();
        List<Missing> missing = new ArrayList<>();
        List<Page> review = new ArrayList<>();
        List<Stale> stale = new ArrayList<>();
        List<Page> untracked = new ArrayList<>();
        for (Translation t : graph.all()) {
            Page original = t.in(source).orElse(null);
            for (Language l : config.languages()) {
                Page page = t.in(l).orElse(null);
                if (page == null) {
                    missing.add(new Missing(t.byLanguageCode().values().iterator().next(), l));
                    continue;
                }
                if (page.reviewNeeded()) {
                    review.add(page);
                }
                if (l.equals(source) || original == null) {
                    continue;
                }
                String recorded = page.common().translationOf();
                if (recorded == null) {
                    untracked.add(page);
                } else {
                    String current = SourceHash.of(original);
                    if (!recorded.equals(current)) {
                        stale.add(new Stale(page, original, recorded, current));
                    }
                }
            }
        }
        return new TranslationStatus(source, missing, review, stale, untracked);
    }

    /** Whether {@code page} is a translation whose source changed since. */
    public boolean isStale(Page page) {
        return stale.stream().anyMatch(s -> s.translation().equals(page));
    }

    /** The source of a stale translation, or null. */
    public Page staleSource(Page page) {
        return stale.stream().filter(s -> s.translation().equals(page)).map(Stale::source).findFirst().orElse(null);
    }

    /**
     * Stale translations and pages missing in a language, as warnings, one per page: the build goes on, the editor
     * sees what to update.
     */
    public List<Problem> warnings() {
        List<Problem> problems = new ArrayList<>();
        for (Stale s : stale) {
            Page page = s.translation();
            problems.add(page.source().warning(page.frontMatter().valuePosition("translationOf"),
                    "the " + s.source().language().code() + " source " + s.source().path()
                            + " has changed since this translation was made (translationOf " + s.recorded()
                            + ", the source is now " + s.current() + ")",
                    "Update the translation, then run `./site mark-translated " + page.path() + "`"));
        }
        for (Missing m : missing) {
            Page page = m.existing();
            problems.add(Problem.warning(page.path(), 0, 0, "there is no "
                    + m.language().code() + " translation yet", "Create content/" + m.language().code() + "/"
                            + page.contentPath() + " (the translation report lists every page still to translate)"));
        }
        return problems;
    }
}
