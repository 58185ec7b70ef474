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
import org.betterfactories.site.translate.Translation;

/**
 * The model of a content page ({@code content} and the frame around it): what every page shows, then what its type
 * adds (a publication's downloads and quotes, an initiative's figures, a profile's person, a guide chapter's checks
 * and neighbours), and for list pages their items.
 */
final class ContentModels {
    private final ModelContext c;
    private final LayoutModel layout;
    private final Cards cards;
    private final Downloads downloads;
    private final GuideModels guide;
    private final ListModels lists;

    ContentModels(ModelContext c, LayoutModel layout, Cards cards, GuideModels guide, ListModels lists) {
        this.c = c;
        this.layout = layout;
        this.cards = cards;
        this.downloads = new Downloads(c);
        this.guide = guide;
        this.lists = lists;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> forContent(Page page, String body) {
        Language lang = page.language();
        Messages t = c.t(lang);
        Translation translation = c.index.translations(page);

        Model content = cards.summaryOf(page);
        content.put("body", body);
        content.put("draft", page.draft());
        if (c.index.isScheduled(page)) {
            content.put("scheduled", t.get("scheduled.banner").replace("{date}", c.f(lang).date(page.publishOn())));
        }
        content.put("reviewNeeded", page.reviewNeeded());
        content.put("toc", page.type() == PageType.GUIDE_SECTION || page.common().toc());
        content.put("image", page.common().image());
        content.put("imageAlt", page.common().imageAlt());
        content.put("tagLinks", cards.tagLinks(lang, page.tags()));
        Page staleSource = c.index.translationStatus().staleSource(page);
        if (staleSource != null) {
            String language = t.get("language." + staleSource.language().code());
            content.put("staleSource", new Model().put("href", staleSource.url())
                    .put("lang", staleSource.language().code())
                    .put("notice", t.get("translation.stale").replace("{language}", language))
                    .put("link", t.get("translation.readSource").replace("{language}", language))
                    .map());
        }
        if (page.reviewNeeded()) {
            // readers are told that the text awaits a native speaker's review, with the source to compare
            Page source = translation.in(c.config.sourceLanguage()).filter(p -> !p.equals(page)).orElse(null);
            String language = source == null ? "" : t.get("language." + source.language().code());
            content.put("reviewNote", new Model()
                    .put("notice", t.get("translation.reviewNeeded"))
                    .put("href", source == null ? null : source.url())
                    .put("lang", source == null ? null : source.language().code())
                    .put("link", source == null ? null : t.get("translation.readSource").replace("{language}", language))
                    .map());
        }
        content.put("breadcrumbs", cards.breadcrumbs(page));
        addTypeSpecific(page, content);

        boolean isHome = page.type() == PageType.HOME;
        String title = isHome ? t.get("site.name") : page.title() + " | " + t.get("site.name");
        Model model = layout.base(lang, title, page.summary() != null ? page.summary() : t.get("site.description"),
                page.url(), layout.alternates(translation, isHome), layout.switcher(page, translation), page.section(),
                false);
        Map<String, Object> head = (Map<String, Object>) model.map().get("head");
        if (page.common().noindex()) {
            head.put("noindex", true);
            head.remove("canonical");
        }
        Map<String, Object> og = (Map<String, Object>) head.get("og");
        og.put("title", page.title());
        if (!page.isIndex()) {
            og.put("type", "article");
        }
        if (page.common().image() != null) {
            og.put("image", c.config.absoluteUrl(page.common().image()));
            og.put("imageAlt", page.common().imageAlt());
        } else {
            c.covers.of(page.url()).ifPresent(cover -> {
                og.put("image", c.config.absoluteUrl(cover.shareSrc()));
                og.put("imageAlt", cover.alt());
                og.put("imageWidth", cover.shareWidth());
                og.put("imageHeight", cover.shareHeight());
            });
        }
        head.put("jsonLd", StructuredData.forPage(page, content.map(), c.config, c.index, t));
        model.put("content", content.map());
        if (page.isIndex()) {
            model.put("items", cards.items(page));
        }
        if (page.type() == PageType.SECTION && page.section().equals("publications")) {
            model.put("facets", lists.publicationFacets(lang, null));
        }
        if (page.type() == PageType.GUIDE && !guide.chapters(lang).isEmpty()) {
            model.put("guideAllHref", Urls.guideAll(lang));
        }
        if (isHome) {
            List<Page> publications = c.index.ofType(lang, PageType.PUBLICATION);
            // the newest annual report is featured; the newest other publications follow it
            Page featured = publications.stream().filter(p -> p.fields() instanceof PageFields.Publication pub
                    && pub.pubType().equals("annual-report")).findFirst().orElse(null);
            if (featured != null) {
                model.put("featured", cards.summaryOf(featured).map());
            }
            model.put("latestPublications", publications.stream().filter(p -> !p.equals(featured)).limit(4)
                    .map(p -> cards.summaryOf(p).map()).toList());
            model.put("guideChapters", guide.chapters(lang).stream().map(p -> cards.summaryOf(p).map()).toList());
            model.put("initiatives", c.index.ofType(lang, PageType.INITIATIVE).stream()
                    .map(p -> cards.summaryOf(p).map()).toList());
            c.index.sectionIndex(lang, "guide").ifPresent(g -> model.put("guide", cards.summaryOf(g).map()));
            c.index.sectionIndex(lang, "publications").ifPresent(s -> model.put("publicationsHref", s.url()));
            model.put("latestNews", c.index.ofType(lang, PageType.NEWS).stream().limit(3)
                    .map(p -> cards.summaryOf(p).map()).toList());
            c.index.sectionIndex(lang, "news").filter(s -> !c.index.isEmptySection(s))
                    .ifPresent(s -> model.put("newsHref", s.url()));
        }
        return model.map();
    }

    /** What a page's type adds to {@code content}. */
    void addTypeSpecific(Page page, Model content) {
        Messages t = c.t(page.language());
        LocalFormats f = c.f(page.language());
        PageFields fields = page.fields();
        if (fields instanceof PageFields.Publication pub) {
            content.put("quote", pub.quote() == null ? null
                    : new Model().put("text", pub.quote().text()).put("by", pub.quote().by()).map());
            content.put("highlights", pub.highlights().isEmpty() ? null : pub.highlights().stream()
                    .map(h -> new Model().put("title", h.title()).put("quote", h.quote()).put("by", h.by())
                            .put("text", h.text()).map()).toList());
            content.put("canonicalUrl", pub.canonicalUrl());
            content.put("downloads", downloads.of(pub.files(), "report", t, f));
            content.put("edition", pub.edition() == null ? null : f.number(pub.edition()));
            if (pub.periodStart() != null && pub.periodEnd() != null) {
                content.put("period", f.date(pub.periodStart()) + " – " + f.date(pub.periodEnd()));
            }
            content.put("factoriesMonitored", pub.factoriesMonitored() == null ? null
                    : f.number(pub.factoriesMonitored()));
        } else if (fields instanceof PageFields.Initiative i) {
            content.put("partners", i.partners().isEmpty() ? null : i.partners());
            content.put("links", i.links().isEmpty() ? null : i.links().stream()
                    .map(l -> new Model().put("title", l.title()).put("url", l.url()).map()).toList());
            List<Map<String, Object>> stats = new ArrayList<>();
            for (PageFields.Stat s : i.stats()) {
                stats.add(new Model()
                        .put("value", f.number(s.value()))
                        .put("label", s.label())
                        .put("year", s.year() == null ? null : f.year(s.year()))
                        .map());
            }
            content.put("stats", stats);
        } else if (fields instanceof PageFields.Profile p) {
            content.put("displayName", p.displayName()).put("experience", p.experience())
                    .put("message", p.message()).put("role", p.role()).put("photo", p.photo())
                    .put("photoAlt", p.photoAlt()).put("photoFocus", p.photoFocus());
            List<Map<String, Object>> files = new ArrayList<>(downloads.printed(page, "sheet", t));
            files.addAll(downloads.of(p.files(), "sheet", t, f));
            content.put("downloads", files);
        } else if (fields instanceof PageFields.GuideSection g) {
            guide.addChapter(page, g, content);
        } else if (fields instanceof PageFields.Guide g) {
            GuideModels.putReviews(content, g.sourcesChecked(), g.legalReview(), f);
            content.put("pdfDownloads", downloads.printed(page, "guide", t));
        }
        // home, section, page and news add nothing
    }
}
