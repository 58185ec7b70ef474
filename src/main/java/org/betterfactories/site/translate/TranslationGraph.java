package org.betterfactories.site.translate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.betterfactories.site.config.Language;
import org.betterfactories.site.diag.Problems;
import org.betterfactories.site.model.Page;

/**
 * Stage 3: pairs pages across languages and checks that no two files claim the same translation key in one
 * language, or the same URL.
 */
public final class TranslationGraph {
    private final Map<String, Translation> byKey;

    private TranslationGraph(Map<String, Translation> byKey) {
        this.byKey = byKey;
    }

    /** Pairs {@code pages} (sorted by path, so the first of two clashing files is stable). */
    public static TranslationGraph build(List<Page> pages, Problems problems) {
        Map<String, Map<String, Page>> groups = new TreeMap<>();
        Map<String, Page> byUrl = new LinkedHashMap<>();
        for (Page page : pages) {
            Page sameUrl = byUrl.putIfAbsent(page.url(), page);
            if (sameUrl != null) {
                problems.add(page.source().error(page.frontMatter().start(), "two files write the same page "
                        + page.url() + ": " + sameUrl.path() + " and this one",
                        "Rename one of the files, or change its `slug:`"));
                continue;
            }
            Map<String, Page> group = groups.computeIfAbsent(page.translationKey(), k -> new TreeMap<>());
            Page other = group.putIfAbsent(page.language().code(), page);
            if (other != null) {
                if (page.common().translationKey() != null) {
                    problems.add(page.source().error(page.frontMatter().valuePosition("translationKey"),
                            "the translationKey \"" + page.common().translationKey() + "\" is already used by "
                                    + other.path(),
                            "Give each page its own translationKey; pages in different languages that translate "
                                    + "each other share one"));
                } else {
                    problems.add(page.source().error(page.frontMatter().start(),
                            "this file and " + other.path() + " are the same page in two formats",
                            "Keep one of the two files"));
                }
            }
        }
        Map<String, Translation> byKey = new LinkedHashMap<>();
        groups.forEach((k, v) -> byKey.put(k, new Translation(k, v)));
        return new TranslationGraph(byKey);
    }

    /** The same graph restricted to the pages that pass {@code keep} (e.g. leaving drafts out). */
    public TranslationGraph only(Predicate<Page> keep) {
        Map<String, Translation> kept = new LinkedHashMap<>();
        byKey.forEach((k, t) -> {
            Map<String, Page> pages = new TreeMap<>();
            t.byLanguageCode().forEach((code, p) -> {
                if (keep.test(p)) {
                    pages.put(code, p);
                }
            });
            if (!pages.isEmpty()) {
                kept.put(k, new Translation(k, pages));
            }
        });
        return new TranslationGraph(kept);
    }

    /** The translations group of {@code page}. */
    public Translation of(Page page) {
        Translation t = byKey.get(page.translationKey());
        if (t == null || !t.byLanguageCode().containsValue(page)) {
            throw new IllegalArgumentException("not in this graph: " + page);
        }
        return t;
    }

    public Collection<Translation> all() {
        return byKey.values();
    }

    /** Pages that exist in some language but not in {@code language}, sorted by path. */
    public List<Page> missingIn(Language language) {
        List<Page> missing = new ArrayList<>();
        for (Translation t : byKey.values()) {
            if (t.in(language).isEmpty()) {
                missing.add(t.byLanguageCode().values().iterator().next());
            }
        }
        return missing;
    }
}
