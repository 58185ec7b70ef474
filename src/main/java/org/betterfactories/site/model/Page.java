package org.betterfactories.site.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.betterfactories.site.config.Language;
import org.betterfactories.site.source.SourceFile;
import org.betterfactories.site.source.YamlMap;
import org.jspecify.annotations.Nullable;

/**
 * One validated content file: everything the later stages need, typed. Templates never see this record:
 * {@code TemplateModels} turns it into the maps JBake's template engine takes.
 *
 * @param source the file's text and project-relative path
 * @param file the file on disk
 * @param language the language folder it is in
 * @param contentPath its path inside the language folder ({@code publications/annual-report-2020.md})
 * @param markup Markdown or AsciiDoc
 * @param type its page type (explicit or from its folder)
 * @param section the first folder under the language folder ({@code publications}), "" for top-level files
 * @param title the title
 * @param date the date, if any
 * @param draft whether {@code status: draft}: drafts are built only for preview
 * @param summary the summary, if any
 * @param tags tag slugs
 * @param url the page's site path, without the base path ({@code /en/publications/annual-report-2020/})
 * @param translationKey pages with equal keys in different languages are translations of each other
 * @param reviewNeeded whether {@code review: needed} (Khmer text not yet checked by a native speaker)
 * @param common the optional keys every page may have
 * @param fields the keys of its type
 * @param frontMatter the raw front matter with positions, for later problems
 * @param markupSource what the markup engine renders
 * @param bodyLine the line the body starts on
 */
public record Page(SourceFile source, Path file, Language language, String contentPath, Markup markup,
        PageType type, String section, String title, @Nullable LocalDate date, boolean draft, @Nullable String summary,
        List<String> tags, String url, String translationKey, boolean reviewNeeded, CommonFields common, PageFields fields,
        YamlMap frontMatter, String markupSource, int bodyLine) {

    public Page {
        tags = List.copyOf(tags);
    }

    public String path() {
        return source.path();
    }

    public Optional<LocalDate> dateIfAny() {
        return Optional.ofNullable(date);
    }

    /**
     * The day the page is published: its {@code publishDate}, else its {@code date}; null when it has neither
     * (published at once).
     */
    public @Nullable LocalDate publishOn() {
        return common.publishDate() != null ? common.publishDate() : date;
    }

    /** Whether the page waits for a later day ({@code today} is the build's): built only for preview till then. */
    public boolean scheduledAfter(LocalDate today) {
        LocalDate on = publishOn();
        return on != null && on.isAfter(today);
    }

    /** The template that renders this page: its {@code layout}, else its type's ({@code publication.ftl}). */
    public String template() {
        return common.layout() != null ? common.layout() + ".ftl" : type.template();
    }

    /** The title for menus, breadcrumbs and search results: its {@code linkTitle}, else its title. */
    public String menuTitle() {
        return common.linkTitle() != null ? common.linkTitle() : title;
    }

    /** Whether this is an {@code _index} file (home, section or guide landing page). */
    public boolean isIndex() {
        return type.isList();
    }

    /** Pages are the same page when they come from the same file (the records' fields are large). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Page other && other.source.path().equals(source.path());
    }

    @Override
    public int hashCode() {
        return source.path().hashCode();
    }

    @Override
    public String toString() {
        return source.path();
    }
}
