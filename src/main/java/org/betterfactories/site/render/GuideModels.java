package org.betterfactories.site.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.betterfactories.site.config.Language;
import org.betterfactories.site.i18n.LocalFormats;
import org.betterfactories.site.i18n.Messages;
import org.betterfactories.site.model.LegalReview;
import org.betterfactories.site.model.Page;
import org.betterfactories.site.model.PageFields;
import org.betterfactories.site.model.PageType;
import org.betterfactories.site.model.Urls;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The labour law guide: what a chapter adds to its page (its checks, its articles, the previous and next chapters),
 * and the whole guide on one page for reading offline and printing.
 */
final class GuideModels {
    private final ModelContext c;
    private final LayoutModel layout;
    private final Cards cards;

    GuideModels(ModelContext c, LayoutModel layout, Cards cards) {
        this.c = c;
        this.layout = layout;
        this.cards = cards;
    }

    /** The guide's chapters in order. */
    List<Page> chapters(Language lang) {
        return c.index.ofType(lang, PageType.GUIDE_SECTION);
    }

    /** A chapter's own keys: its checks, its articles, its neighbours and the guide. */
    void addChapter(Page page, PageFields.GuideSection g, Model content) {
        Messages t = c.t(page.language());
        LocalFormats f = c.f(page.language());
        putReviews(content, g.sourcesChecked(), g.legalReview(), f);
        List<Map<String, Object>> refs = new ArrayList<>();
        for (Integer n : g.legalRefs()) {
            refs.add(new Model().put("number", f.legalNumber(n))
                    .put("label", t.get("guide.article").replace("{number}", f.legalNumber(n))).map());
        }
        content.put("legalRefs", refs);
        List<Page> chapters = chapters(page.language());
        int i = chapters.indexOf(page);
        if (i > 0) {
            content.put("prev", cards.summaryOf(chapters.get(i - 1)).map());
        }
        if (i >= 0 && i + 1 < chapters.size()) {
            content.put("next", cards.summaryOf(chapters.get(i + 1)).map());
        }
        c.index.sectionIndex(page.language(), "guide").ifPresent(gd -> content.put("guide", cards.summaryOf(gd).map()));
    }

    /**
     * What the guide says about its checks: the date its text was checked against its sources, and the legal
     * review, which stays empty (and the page says so) until a person enters one.
     */
    static void putReviews(Model content, @Nullable LocalDate checked, @Nullable LegalReview review, LocalFormats f) {
        if (checked != null) {
            content.put("sourcesChecked", f.date(checked)).put("sourcesCheckedIso", checked.toString());
        }
        if (review != null) {
            content.put("legalReview", new Model().put("date", f.date(review.date()))
                    .put("dateIso", review.date().toString()).put("reviewer", review.reviewer()).map());
        }
    }

    /** Every chapter of the guide on one page, for reading offline and printing. */
    Map<String, Object> forGuideAll(Page guide, ContentModels content) {
        Language lang = guide.language();
        Messages t = c.t(lang);
        String title = t.get("guide.all.title").replace("{guide}", guide.title());
        String path = Urls.guideAll(lang);
        List<Map<String, Object>> chapters = new ArrayList<>();
        Map<String, String> anchors = new java.util.HashMap<>();
        for (Page chapter : chapters(lang)) {
            anchors.put(chapter.url(), "chapter-" + lastSegment(chapter.url()));
        }
        for (Page chapter : chapters(lang)) {
            Model m = cards.summaryOf(chapter);
            m.put("body", linksOnThePage(headingsOneLevelDown(c.bodies.getOrDefault(chapter, "")), chapter.url(),
                    anchors));
            m.put("anchor", "chapter-" + lastSegment(chapter.url()));
            content.addTypeSpecific(chapter, m);
            m.map().remove("prev");
            m.map().remove("next");
            chapters.add(m.map());
        }
        Model model = layout.base(lang, title + " | " + t.get("site.name"), guide.summary() != null ? guide.summary()
                : title, path, layout.generatedAlternates(path), layout.generatedSwitcher(lang, l -> c.index
                        .sectionIndex(l, "guide").isPresent() && !chapters(l).isEmpty() ? Urls.guideAll(l) : null),
                "guide", false);
        Model m = cards.summaryOf(guide).put("title", title).put("guideTitle", guide.title())
                .put("breadcrumbs", List.of(Cards.crumb(c.index.home(lang).orElseThrow()), Cards.crumb(guide),
                        Cards.crumb(title, path)));
        content.addTypeSpecific(guide, m);
        model.put("content", m.map());
        model.put("chapters", chapters);
        return model.map();
    }

    /** On the one-page guide a chapter's title is an h2, so its own sections become h3, and so on. */
    static String headingsOneLevelDown(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        for (Element h : doc.select("h1, h2, h3, h4, h5")) {
            h.tagName("h" + (h.tagName().charAt(1) - '0' + 1));
        }
        return doc.body().html();
    }

    /**
     * On the one-page guide every chapter is on the page: a link to another chapter ({@code ../wages/}) goes to
     * its heading there ({@code #chapter-wages}), and a link to a section of a chapter
     * ({@code ../wages/#minimum-wage}) to that section ({@code #minimum-wage}; ids are unique across chapters).
     */
    static String linksOnThePage(String html, String chapterUrl, Map<String, String> chapterAnchors) {
        if (!html.contains("href")) {
            return html;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        java.net.URI base = java.net.URI.create("https://site.invalid" + chapterUrl);
        for (Element a : doc.select("a[href]")) {
            String href = a.attr("href");
            java.net.URI target;
            try {
                target = base.resolve(href);
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (!"site.invalid".equals(target.getHost()) || target.getPath() == null) {
                continue;
            }
            String anchor = chapterAnchors.get(target.getPath());
            if (anchor != null) {
                a.attr("href", "#" + (target.getFragment() != null ? target.getFragment() : anchor));
            }
        }
        return doc.body().html();
    }

    /** {@code /en/guide/wages/} gives {@code wages}. */
    private static String lastSegment(String url) {
        String trimmed = url.substring(0, url.length() - 1);
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }
}
