package org.betterfactories.site.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.betterfactories.site.config.Language;
import org.betterfactories.site.i18n.LocalFormats;
import org.betterfactories.site.i18n.Messages;
import org.betterfactories.site.model.Page;
import org.betterfactories.site.model.Urls;
import org.betterfactories.site.site.PlannedPage;
import org.jspecify.annotations.Nullable;

/** Generated list pages: the tags of a language, one tag's pages, the publications of one type or one year. */
final class ListModels {
    private final ModelContext c;
    private final LayoutModel layout;
    private final Cards cards;

    ListModels(ModelContext c, LayoutModel layout, Cards cards) {
        this.c = c;
        this.layout = layout;
        this.cards = cards;
    }

    Map<String, Object> forTagIndex(Language lang) {
        Messages t = c.t(lang);
        String path = Urls.tags(lang);
        Model model = layout.base(lang, t.get("tags.title") + " | " + t.get("site.name"), t.get("tags.title"), path,
                layout.generatedAlternates(path), layout.generatedSwitcher(lang, Urls::tags), "tags", false);
        List<Map<String, Object>> tags = new ArrayList<>();
        c.index.tags(lang).forEach((tag, pages) -> tags.add(new Model()
                .put("label", t.get("tag." + tag))
                .put("href", Urls.tag(lang, tag))
                .put("count", c.f(lang).number(pages.size()))
                .map()));
        model.put("tagList", tags);
        model.put("content", new Model().put("title", t.get("tags.title")).map());
        return model.map();
    }

    Map<String, Object> forTag(Language lang, String tag) {
        Messages t = c.t(lang);
        String path = Urls.tag(lang, tag);
        List<Language> present = c.config.languages().stream().filter(l -> c.index.tags(l).containsKey(tag)).toList();
        List<Map<String, Object>> alternates = new ArrayList<>();
        for (Language l : present) {
            alternates.add(layout.alternate(l.code(), Urls.tag(l, tag)));
        }
        alternates.add(layout.alternate("x-default", Urls.tag(present.contains(c.config.defaultLanguage())
                ? c.config.defaultLanguage() : present.get(0), tag)));
        String label = t.get("tag." + tag);
        Model model = layout.base(lang, label + " | " + t.get("tags.title") + " | " + t.get("site.name"),
                t.get("tags.title") + ": " + label, path, alternates,
                layout.generatedSwitcher(lang, l -> c.index.tags(l).containsKey(tag) || l.equals(lang)
                        ? Urls.tag(l, tag) : null), "tags", false);
        model.put("content", new Model().put("title", label).map());
        model.put("items", c.index.tags(lang).get(tag).stream().map(p -> cards.summaryOf(p).map()).toList());
        model.put("tagsIndex", Urls.tags(lang));
        return model.map();
    }

    /** Publications of one type or one year, with the same filter links as the publications page. */
    Map<String, Object> forPublicationFacet(PlannedPage planned) {
        Language lang = planned.language();
        Messages t = c.t(lang);
        boolean byType = planned.kind() == PlannedPage.Kind.PUBLICATION_TYPE;
        String key = planned.key();
        List<Page> pages = byType ? c.index.publicationTypes(lang).get(key)
                : c.index.publicationYears(lang).get(Integer.valueOf(key));
        String label = byType ? t.get("pubType." + key) : c.f(lang).year(Integer.parseInt(key));
        String title = (byType ? t.get("facet.type.title") : t.get("facet.year.title")).replace("{label}", label);
        Page section = c.index.sectionIndex(lang, "publications").orElseThrow();
        Model model = layout.base(lang, title + " | " + t.get("site.name"), title, planned.sitePath(),
                facetAlternates(byType, key, planned.sitePath()), layout.generatedSwitcher(lang,
                        l -> hasFacet(l, byType, key) ? Urls.in(l, planned.sitePath()) : null),
                "publications", false);
        model.put("content", new Model().put("title", title).put("breadcrumbs", List.of(
                Cards.crumb(c.index.home(lang).orElseThrow()), Cards.crumb(section),
                Cards.crumb(title, planned.sitePath()))).map());
        model.put("items", pages.stream().map(p -> cards.summaryOf(p).map()).toList());
        model.put("facets", publicationFacets(lang, planned.sitePath()));
        return model.map();
    }

    private boolean hasFacet(Language l, boolean byType, String key) {
        return byType ? c.index.publicationTypes(l).containsKey(key)
                : c.index.publicationYears(l).containsKey(Integer.valueOf(key));
    }

    private List<Map<String, Object>> facetAlternates(boolean byType, String key, String path) {
        List<Map<String, Object>> alternates = new ArrayList<>();
        String xDefault = null;
        for (Language l : c.config.languages()) {
            if (hasFacet(l, byType, key)) {
                alternates.add(layout.alternate(l.code(), Urls.in(l, path)));
                if (xDefault == null || l.equals(c.config.defaultLanguage())) {
                    xDefault = Urls.in(l, path);
                }
            }
        }
        alternates.add(layout.alternate("x-default", xDefault));
        return alternates;
    }

    /** Links to the publications of each type and each year, with counts; {@code current} is marked. */
    Map<String, Object> publicationFacets(Language lang, @Nullable String current) {
        Messages t = c.t(lang);
        LocalFormats f = c.f(lang);
        List<Map<String, Object>> types = new ArrayList<>();
        c.index.publicationTypes(lang).forEach((type, pages) -> types.add(new Model()
                .put("label", t.get("pubType." + type)).put("href", Urls.publicationType(lang, type))
                .put("count", f.number(pages.size())).put("current", Urls.publicationType(lang, type).equals(current))
                .map()));
        List<Map<String, Object>> years = new ArrayList<>();
        c.index.publicationYears(lang).forEach((year, pages) -> years.add(new Model()
                .put("label", f.year(year)).put("href", Urls.publicationYear(lang, year))
                .put("count", f.number(pages.size())).put("current", Urls.publicationYear(lang, year).equals(current))
                .map()));
        return new Model().put("types", types).put("years", years).put("all", Urls.section(lang, "publications")).map();
    }
}
