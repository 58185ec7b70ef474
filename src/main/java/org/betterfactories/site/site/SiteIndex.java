package org.betterfactories.site.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.betterfactories.site.config.Language;
import org.betterfactories.site.config.SiteConfig;
import org.betterfactories.site.content.ContentSchema;
import org.betterfactories.site.model.Page;
import org.betterfactories.site.model.PageFields;
import org.betterfactories.site.model.PageType;
import org.betterfactories.site.translate.Translation;
import org.betterfactories.site.translate.TranslationGraph;
import org.betterfactories.site.translate.TranslationStatus;

/**
 * The published pages, indexed the ways templates ask for them: per language, per section, per tag, in
 * list order. Built once per build; read-only.
 */
public final class SiteIndex {
    /**
     * List order: pages with an {@code order} first (ascending), then newest first, then by title.
     * Deterministic: the path breaks any remaining tie.
     */
    public static final Comparator<Page> LIST_ORDER = Comparator
            .comparing((Page p) -> p.common().order(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Page::date, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
            .thenComparing(Page::title)
            .thenComparing(Page::path);

    private final SiteConfig config;
    private final TranslationGraph graph;
    private final TranslationStatus status;
    private final LocalDate today;
    private final Map<String, List<Page>> byLanguage = new LinkedHashMap<>();
    private final Map<String, Page> byUrl = new TreeMap<>();
    /** Answers computed once per build: many pages ask the same questions (lists, sections, tags). */
    private final Map<Object, Object> memo = new ConcurrentHashMap<>();

    /** Whether a page (in a preview) is scheduled for a later day than the build's. */
    public boolean isScheduled(Page page) {
        return page.scheduledAfter(today);
    }

    public SiteIndex(SiteConfig config, List<Page> published, TranslationGraph graph, TranslationStatus status,
            LocalDate today) {
        this.config = config;
        this.today = today;
        this.graph = graph;
        this.status = status;
        for (Language l : config.languages()) {
            byLanguage.put(l.code(), new ArrayList<>());
        }
        for (Page p : published) {
            byLanguage.get(p.language().code()).add(p);
            byUrl.put(p.url(), p);
        }
    }

    public SiteConfig config() {
        return config;
    }

    /** All published pages of a language, sorted by path. */
    public List<Page> pages(Language language) {
        return byLanguage.get(language.code());
    }

    public List<Page> all() {
        return List.copyOf(byUrl.values());
    }

    public Optional<Page> byUrl(String url) {
        return Optional.ofNullable(byUrl.get(url));
    }

    public Translation translations(Page page) {
        return graph.of(page);
    }

    public TranslationGraph graph() {
        return graph;
    }

    public TranslationStatus translationStatus() {
        return status;
    }

    /** The language's home page ({@code content/<lang>/_index.md}). */
    public Optional<Page> home(Language language) {
        return memo(List.of("home", language), () -> pages(language).stream().filter(p -> p.type() == PageType.HOME)
                .findFirst());
    }

    /** A remembered answer (computed outside the map: answers may ask other remembered questions). */
    @SuppressWarnings("unchecked")
    private <T> T memo(Object key, Supplier<T> compute) {
        Object value = memo.get(key);
        if (value == null) {
            value = compute.get();
            Object earlier = memo.putIfAbsent(key, value);
            if (earlier != null) {
                value = earlier;
            }
        }
        return (T) value;
    }

    /** The landing page of a section ({@code content/<lang>/<section>/_index.md}). */
    /** Whether {@code language} has a labour law guide with chapters (printed as PDF, saved for offline reading). */
    public boolean hasGuide(Language language) {
        return sectionIndex(language, "guide").isPresent() && !ofType(language, PageType.GUIDE_SECTION).isEmpty();
    }

    public Optional<Page> sectionIndex(Language language, String section) {
        if (section.isEmpty()) {
            return home(language);
        }
        return memo(List.of("section", language, section), () -> pages(language).stream()
                .filter(p -> p.isIndex() && p.section().equals(section) && p.contentPath().split("/").length == 2)
                .findFirst());
    }

    /**
     * The site paths of the sections (in every language) that have a section page but no published page to list:
     * they are not built, and links to them are left out, until a page of theirs is published.
     */
    public Set<String> emptySections() {
        return memo(List.of("empty"), () -> {
            Set<String> empty = new java.util.TreeSet<>();
            for (Language l : config.languages()) {
                for (Page p : pages(l)) {
                    if (p.type() == PageType.SECTION && members(l, p.section()).isEmpty()) {
                        empty.add(p.url());
                    }
                }
            }
            return Set.copyOf(empty);
        });
    }

    /** Whether {@code page} is a section page with nothing to list. */
    public boolean isEmptySection(Page page) {
        return emptySections().contains(page.url());
    }

    /** The pages a section lists: every non-index page under its folder, in {@link #LIST_ORDER}. */
    public List<Page> members(Language language, String section) {
        return memo(List.of("members", language, section), () -> pages(language).stream()
                .filter(p -> !p.isIndex() && p.section().equals(section))
                .sorted(LIST_ORDER)
                .toList());
    }

    /** Pages of a type in a language, in {@link #LIST_ORDER}. */
    public List<Page> ofType(Language language, PageType type) {
        return memo(List.of("type", language, type), () -> pages(language).stream().filter(p -> p.type() == type)
                .sorted(LIST_ORDER).toList());
    }

    /** Publication type to its publications (newest first), in the content model's order of types. */
    public Map<String, List<Page>> publicationTypes(Language language) {
        return memo(List.of("pubTypes", language), () -> computePublicationTypes(language));
    }

    private Map<String, List<Page>> computePublicationTypes(Language language) {
        Map<String, List<Page>> types = new LinkedHashMap<>();
        for (String type : ContentSchema.PUBLICATION_TYPES) {
            List<Page> pages = ofType(language, PageType.PUBLICATION).stream()
                    .filter(p -> p.fields() instanceof PageFields.Publication pub && type.equals(pub.pubType())).toList();
            if (!pages.isEmpty()) {
                types.put(type, pages);
            }
        }
        return types;
    }

    /** Year to the publications of that year, newest year first; undated publications are in none. */
    public Map<Integer, List<Page>> publicationYears(Language language) {
        return memo(List.of("years", language), () -> computePublicationYears(language));
    }

    private Map<Integer, List<Page>> computePublicationYears(Language language) {
        Map<Integer, List<Page>> years = new TreeMap<>(Comparator.reverseOrder());
        for (Page p : ofType(language, PageType.PUBLICATION)) {
            if (p.date() != null) {
                years.computeIfAbsent(p.date().getYear(), k -> new ArrayList<>()).add(p);
            }
        }
        return years;
    }

    /** Tag slug to tagged pages (in list order), for one language, sorted by tag. */
    public Map<String, List<Page>> tags(Language language) {
        return memo(List.of("tags", language), () -> computeTags(language));
    }

    private Map<String, List<Page>> computeTags(Language language) {
        Map<String, List<Page>> tags = new TreeMap<>();
        for (Page p : pages(language)) {
            for (String tag : p.tags()) {
                tags.computeIfAbsent(tag, k -> new ArrayList<>()).add(p);
            }
        }
        tags.replaceAll((k, v) -> v.stream().sorted(LIST_ORDER).toList());
        return tags;
    }
}
