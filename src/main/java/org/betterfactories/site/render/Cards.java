package org.betterfactories.site.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.betterfactories.site.config.Language;
import org.betterfactories.site.i18n.LocalFormats;
import org.betterfactories.site.i18n.Messages;
import org.betterfactories.site.model.Page;
import org.betterfactories.site.model.PageFields;
import org.betterfactories.site.model.PageType;
import org.betterfactories.site.model.Urls;

/** What lists, cards and breadcrumbs show of a page: title, link, date, summary, type, and the trail to it. */
final class Cards {
    private final ModelContext c;

    Cards(ModelContext c) {
        this.c = c;
    }

    /** What lists show of a page: title, link, date, summary, type. */
    Model summaryOf(Page p) {
        LocalFormats f = c.f(p.language());
        Messages t = c.t(p.language());
        Model m = new Model()
                .put("title", p.title())
                .put("url", p.url())
                .put("href", p.url())
                .put("type", p.type().id())
                .put("typeLabel", t.get("type." + p.type().id()))
                .put("section", p.section())
                .put("summary", p.summary());
        if (p.date() != null) {
            m.put("date", f.date(p.date())).put("dateIso", p.date().toString()).put("year", f.year(p.date().getYear()));
        }
        if (p.fields() instanceof PageFields.Publication pub) {
            m.put("pubType", pub.pubType()).put("pubTypeLabel", t.get("pubType." + pub.pubType()));
            c.covers.of(p.url()).ifPresent(cover -> m.put("cover", new Model().put("src", cover.src())
                    .put("width", cover.width()).put("height", cover.height()).put("alt", cover.alt()).map()));
        }
        Integer order = p.common().order();
        if (order != null) {
            m.put("order", order).put("orderLabel", f.digits(Integer.toString(order)));
        }
        if (p.fields() instanceof PageFields.Initiative i) {
            m.put("startYear", f.year(i.startYear()));
            // the card's key figure: the initiative's first
            i.stats().stream().findFirst().ifPresent(s -> m.put("figure", new Model().put("value", f.number(s.value()))
                    .put("label", s.label()).put("year", s.year() == null ? null : f.year(s.year())).map()));
        }
        return m;
    }

    /** The items a list page shows: its section's pages (the guide: its chapters, in order). */
    List<Map<String, Object>> items(Page page) {
        if (page.type() == PageType.HOME) {
            return List.of();
        }
        return c.index.members(page.language(), page.section()).stream().map(p -> summaryOf(p).map()).toList();
    }

    List<Map<String, Object>> breadcrumbs(Page page) {
        List<Map<String, Object>> crumbs = new ArrayList<>();
        if (page.type() == PageType.HOME) {
            return crumbs;
        }
        c.index.home(page.language()).ifPresent(h -> crumbs.add(crumb(h)));
        if (!page.isIndex()) {
            c.index.sectionIndex(page.language(), page.section()).filter(s -> s.type() != PageType.HOME)
                    .ifPresent(s -> crumbs.add(crumb(s)));
        }
        crumbs.add(crumb(page));
        return crumbs;
    }

    static Map<String, Object> crumb(Page p) {
        return crumb(p.menuTitle(), p.url());
    }

    static Map<String, Object> crumb(String title, String href) {
        return new Model().put("title", title).put("href", href).map();
    }

    /** Links to the pages of a page's tags, in the page's language. */
    List<Map<String, Object>> tagLinks(Language lang, List<String> tags) {
        Messages t = c.t(lang);
        return tags.stream().sorted().map(tag -> new Model()
                .put("label", t.get("tag." + tag))
                .put("href", Urls.tag(lang, tag))
                .map()).toList();
    }
}
