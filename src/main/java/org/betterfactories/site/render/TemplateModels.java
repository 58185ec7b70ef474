package org.betterfactories.site.render;

import org.betterfactories.site.site.PlannedPage;
import org.betterfactories.site.site.SiteIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.betterfactories.site.config.Language;
import org.betterfactories.site.config.NewsletterConfig;
import org.betterfactories.site.config.SiteConfig;
import org.betterfactories.site.content.ContentLoader;
import org.betterfactories.site.model.Page;
import org.betterfactories.site.model.PageType;
import org.betterfactories.site.i18n.LocalFormats;
import org.betterfactories.site.i18n.Messages;
import org.betterfactories.site.translate.Translation;

/**
 * Turns our records into the maps JBake's Freemarker engine renders: {@code content} (the current page, as
 * in JBake templates), {@code site}, {@code lang}, {@code t} (UI strings), {@code head}, {@code nav},
 * {@code switcher}, {@code items} ... Everything a template shows is prepared here (dates formatted with
 * ICU4J, download labels, the language switcher's three states), so templates stay simple and cannot
 * disagree with each other. Keys never clash with JBake's own model extractors ({@code tags},
 * {@code published_posts} ...), which would query a content store we do not have.
 */
final class TemplateModels {
    private static final Map<String, String> MIME = Map.of("PDF", "application/pdf",
            "DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "PPTX", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "ZIP", "application/zip", "EPUB", "application/epub+zip", "MP3", "audio/mpeg", "MP4", "video/mp4");

    private final SiteIndex index;
    private final SiteConfig config;
    private final Map<Language, Messages> messages;
    private final Map<Language, LocalFormats> formats;
    private final Map<String, String> assets;
    private final Map<Page, String> bodies;

    /** @param bodies rendered bodies of content pages, filled as they render (the one-page guide reads them) */
    TemplateModels(SiteIndex index, Map<Language, Messages> messages, Map<String, String> assets,
            Map<Page, String> bodies) {
        this.index = index;
        this.bodies = bodies;
        this.config = index.config();
        this.messages = messages;
        this.assets = assets;
        this.formats = new LinkedHashMap<>();
        for (Language l : config.languages()) {
            formats.put(l, LocalFormats.of(l, config.digits()));
        }
    }

    // ---- pages ------------------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    Map<String, Object> forContent(Page page, String body) {
        Language lang = page.language();
        Messages t = messages.get(lang);
        LocalFormats f = formats.get(lang);
        Translation translation = index.translations(page);

        Model content = summaryOf(page);
        content.put("body", body);
        content.put("draft", page.draft());
        content.put("reviewNeeded", page.reviewNeeded());
        content.put("toc", page.type() == PageType.GUIDE_SECTION || Boolean.TRUE.equals(page.param("toc")));
        content.put("image", page.param("image"));
        content.put("imageAlt", page.param("imageAlt"));
        content.put("tagLinks", tagLinks(lang, page.tags()));
        Page staleSource = index.translationStatus().staleSource(page);
        if (staleSource != null) {
            String language = messages.get(lang).get("language." + staleSource.language().code());
            content.put("staleSource", new Model().put("href", staleSource.url())
                    .put("lang", staleSource.language().code())
                    .put("notice", messages.get(lang).get("translation.stale").replace("{language}", language))
                    .put("link", messages.get(lang).get("translation.readSource").replace("{language}", language))
                    .map());
        }
        content.put("breadcrumbs", breadcrumbs(page));
        addTypeSpecific(page, content, t, f);

        boolean isHome = page.type() == PageType.HOME;
        String title = isHome ? t.get("site.name") : page.title() + " | " + t.get("site.name");
        Model model = base(lang, title, page.summary() != null ? page.summary() : t.get("site.description"),
                page.url(), alternates(translation, isHome), switcher(page, translation), page.section(), false);
        Map<String, Object> head = (Map<String, Object>) model.map().get("head");
        if (Boolean.TRUE.equals(page.param("noindex"))) {
            head.put("noindex", true);
            head.remove("canonical");
        }
        Map<String, Object> og = (Map<String, Object>) head.get("og");
        og.put("title", page.title());
        if (!page.isIndex()) {
            og.put("type", "article");
        }
        if (page.param("image") != null) {
            og.put("image", config.absoluteUrl(page.param("image")));
            og.put("imageAlt", page.param("imageAlt"));
        }
        head.put("jsonLd", StructuredData.forPage(page, content.map(), config, index, t));
        model.put("content", content.map());
        if (page.isIndex()) {
            model.put("items", items(page));
        }
        if (page.type() == PageType.SECTION && page.section().equals("publications")) {
            model.put("facets", publicationFacets(lang, null));
        }
        if (page.type() == PageType.GUIDE && !guideChapters(lang).isEmpty()) {
            model.put("guideAllHref", "/" + lang.code() + "/guide/all/");
        }
        if (isHome) {
            model.put("latestPublications", index.ofType(lang, PageType.PUBLICATION).stream().limit(3)
                    .map(p -> summaryOf(p).map()).toList());
            model.put("initiatives", index.ofType(lang, PageType.INITIATIVE).stream()
                    .map(p -> summaryOf(p).map()).toList());
            index.sectionIndex(lang, "guide").ifPresent(g -> model.put("guide", summaryOf(g).map()));
            index.sectionIndex(lang, "publications").ifPresent(s -> model.put("publicationsHref", s.url()));
        }
        return model.map();
    }

    Map<String, Object> forTagIndex(Language lang) {
        Messages t = messages.get(lang);
        String path = "/" + lang.code() + "/tags/";
        Model model = base(lang, t.get("tags.title") + " | " + t.get("site.name"), t.get("tags.title"), path,
                generatedAlternates(path), generatedSwitcher(lang, l -> "/" + l.code() + "/tags/"), "tags", false);
        List<Map<String, Object>> tags = new ArrayList<>();
        index.tags(lang).forEach((tag, pages) -> tags.add(new Model()
                .put("label", t.get("tag." + tag))
                .put("href", path + tag + "/")
                .put("count", formats.get(lang).number(pages.size()))
                .map()));
        model.put("tagList", tags);
        model.put("content", new Model().put("title", t.get("tags.title")).map());
        return model.map();
    }

    Map<String, Object> forTag(Language lang, String tag) {
        Messages t = messages.get(lang);
        String path = "/" + lang.code() + "/tags/" + tag + "/";
        List<String> present = new ArrayList<>();
        for (Language l : config.languages()) {
            if (index.tags(l).containsKey(tag)) {
                present.add(l.code());
            }
        }
        List<Map<String, Object>> alternates = new ArrayList<>();
        for (Language l : config.languages()) {
            if (present.contains(l.code())) {
                alternates.add(alternate(l.code(), "/" + l.code() + "/tags/" + tag + "/"));
            }
        }
        alternates.add(alternate("x-default", "/" + (present.contains(config.defaultLanguage().code())
                ? config.defaultLanguage().code() : present.get(0)) + "/tags/" + tag + "/"));
        String label = t.get("tag." + tag);
        Model model = base(lang, label + " | " + t.get("tags.title") + " | " + t.get("site.name"),
                t.get("tags.title") + ": " + label, path, alternates,
                generatedSwitcher(lang, l -> index.tags(l).containsKey(tag) || l.equals(lang)
                        ? "/" + l.code() + "/tags/" + tag + "/" : null), "tags", false);
        model.put("content", new Model().put("title", label).map());
        model.put("items", index.tags(lang).get(tag).stream().map(p -> summaryOf(p).map()).toList());
        model.put("tagsIndex", "/" + lang.code() + "/tags/");
        return model.map();
    }

    /** Publications of one type or one year, with the same filter links as the publications page. */
    Map<String, Object> forPublicationFacet(PlannedPage planned) {
        Language lang = planned.language();
        Messages t = messages.get(lang);
        boolean byType = planned.kind() == PlannedPage.Kind.PUBLICATION_TYPE;
        String key = planned.key();
        List<Page> pages = byType ? index.publicationTypes(lang).get(key)
                : index.publicationYears(lang).get(Integer.valueOf(key));
        String label = byType ? t.get("pubType." + key) : formats.get(lang).year(Integer.parseInt(key));
        String title = (byType ? t.get("facet.type.title") : t.get("facet.year.title")).replace("{label}", label);
        String tail = planned.sitePath().substring(planned.sitePath().indexOf('/', 1));
        Page section = index.sectionIndex(lang, "publications").orElseThrow();
        Model model = base(lang, title + " | " + t.get("site.name"), title, planned.sitePath(),
                facetAlternates(byType, key, tail), generatedSwitcher(lang, l -> (byType
                        ? index.publicationTypes(l).containsKey(key)
                        : index.publicationYears(l).containsKey(Integer.valueOf(key))) ? "/" + l.code() + tail : null),
                "publications", false);
        model.put("content", new Model().put("title", title).put("breadcrumbs", List.of(
                crumb(index.home(lang).orElseThrow()), crumb(section), crumb(title, planned.sitePath()))).map());
        model.put("items", pages.stream().map(p -> summaryOf(p).map()).toList());
        model.put("facets", publicationFacets(lang, planned.sitePath()));
        return model.map();
    }

    private List<Map<String, Object>> facetAlternates(boolean byType, String key, String tail) {
        List<Map<String, Object>> alternates = new ArrayList<>();
        String xDefault = null;
        for (Language l : config.languages()) {
            boolean present = byType ? index.publicationTypes(l).containsKey(key)
                    : index.publicationYears(l).containsKey(Integer.valueOf(key));
            if (present) {
                alternates.add(alternate(l.code(), "/" + l.code() + tail));
                if (xDefault == null || l.equals(config.defaultLanguage())) {
                    xDefault = "/" + l.code() + tail;
                }
            }
        }
        alternates.add(alternate("x-default", xDefault));
        return alternates;
    }

    /** Links to the publications of each type and each year, with counts; {@code current} is marked. */
    private Map<String, Object> publicationFacets(Language lang, String current) {
        Messages t = messages.get(lang);
        LocalFormats f = formats.get(lang);
        String prefix = "/" + lang.code() + "/publications/";
        List<Map<String, Object>> types = new ArrayList<>();
        index.publicationTypes(lang).forEach((type, pages) -> types.add(new Model()
                .put("label", t.get("pubType." + type)).put("href", prefix + "type/" + type + "/")
                .put("count", f.number(pages.size())).put("current", (prefix + "type/" + type + "/").equals(current))
                .map()));
        List<Map<String, Object>> years = new ArrayList<>();
        index.publicationYears(lang).forEach((year, pages) -> years.add(new Model()
                .put("label", f.year(year)).put("href", prefix + "year/" + year + "/")
                .put("count", f.number(pages.size())).put("current", (prefix + "year/" + year + "/").equals(current))
                .map()));
        return new Model().put("types", types).put("years", years).put("all", prefix).map();
    }

    /** The guide's chapters in order. */
    List<Page> guideChapters(Language lang) {
        return index.ofType(lang, PageType.GUIDE_SECTION);
    }

    /** Every chapter of the guide on one page, for reading offline and printing. */
    Map<String, Object> forGuideAll(Page guide) {
        Language lang = guide.language();
        Messages t = messages.get(lang);
        LocalFormats f = formats.get(lang);
        String title = t.get("guide.all.title").replace("{guide}", guide.title());
        String path = "/" + lang.code() + "/guide/all/";
        List<Map<String, Object>> chapters = new ArrayList<>();
        for (Page chapter : guideChapters(lang)) {
            Model c = summaryOf(chapter);
            c.put("body", headingsOneLevelDown(bodies.getOrDefault(chapter, "")));
            c.put("anchor", "chapter-" + lastSegment(chapter.url()));
            addTypeSpecific(chapter, c, t, f);
            c.map().remove("prev");
            c.map().remove("next");
            chapters.add(c.map());
        }
        Model model = base(lang, title + " | " + t.get("site.name"), guide.summary() != null ? guide.summary()
                : title, path, generatedAlternates(path), generatedSwitcher(lang, l -> index.sectionIndex(l, "guide")
                        .isPresent() && !guideChapters(l).isEmpty() ? "/" + l.code() + "/guide/all/" : null),
                "guide", false);
        Model content = summaryOf(guide).put("title", title).put("guideTitle", guide.title())
                .put("breadcrumbs", List.of(crumb(index.home(lang).orElseThrow()), crumb(guide), crumb(title, path)));
        addTypeSpecific(guide, content, t, f);
        model.put("content", content.map());
        model.put("chapters", chapters);
        return model.map();
    }

    /** The search page: the form, the place for results, and for readers without JavaScript the section lists. */
    Map<String, Object> forSearch(Language lang) {
        Messages t = messages.get(lang);
        String path = "/" + lang.code() + "/search/";
        Model model = base(lang, t.get("search.title") + " | " + t.get("site.name"), t.get("search.title"), path,
                generatedAlternates(path), generatedSwitcher(lang, l -> "/" + l.code() + "/search/"), "", true);
        model.put("content", new Model().put("title", t.get("search.title")).map());
        model.put("sections", nav(lang, config.menu(), "", path));
        return model.map();
    }

    Map<String, Object> forNotFound(Language lang) {
        Messages t = messages.get(lang);
        String path = "/" + lang.code() + "/404.html";
        Model model = base(lang, t.get("notfound.title") + " | " + t.get("site.name"), t.get("notfound.title"), path,
                List.of(), generatedSwitcher(lang, l -> "/" + l.code() + "/404.html"), "", true);
        model.put("content", new Model().put("title", t.get("notfound.title")).map());
        return model.map();
    }

    /** The bilingual page at the root: the landing page, or the root 404 page. */
    Map<String, Object> forLanding(boolean notFound) {
        Model model = new Model();
        List<Map<String, Object>> languages = new ArrayList<>();
        for (Language l : config.languages()) {
            Messages t = messages.get(l);
            languages.add(new Model()
                    .put("code", l.code())
                    .put("name", l.nativeName())
                    .put("href", "/" + l.code() + "/")
                    .put("t", t.all())
                    .map());
        }
        Language first = config.defaultLanguage();
        List<Map<String, Object>> alternates = new ArrayList<>();
        if (!notFound) {
            for (Language l : config.languages()) {
                alternates.add(alternate(l.code(), "/" + l.code() + "/"));
            }
            alternates.add(alternate("x-default", "/"));
        }
        model.put("languages", languages);
        model.put("notFound", notFound);
        model.put("lang", langModel(first));
        model.put("assets", assets);
        model.put("head", new Model()
                .put("title", notFound
                        ? messages.get(first).get("notfound.title") + " | " + messages.get(first).get("site.name")
                        : messages.get(first).get("site.name"))
                .put("description", messages.get(first).get("site.description"))
                .put("canonical", notFound ? null : config.absoluteUrl("/"))
                .put("alternates", alternates)
                .put("noindex", notFound)
                .map());
        return model.map();
    }

    // ---- shared parts -----------------------------------------------------------------------------------

    private Model base(Language lang, String title, String description, String sitePath,
            List<Map<String, Object>> alternates, List<Map<String, Object>> switcher, String section,
            boolean noindex) {
        Messages t = messages.get(lang);
        Model model = new Model();
        model.put("lang", langModel(lang));
        model.put("t", t.all());
        model.put("assets", assets);
        model.put("site", new Model()
                .put("name", t.get("site.name"))
                .put("home", "/" + lang.code() + "/")
                .map());
        List<String> otherLocales = new ArrayList<>();
        for (Map<String, Object> a : alternates) {
            Language.byCode(String.valueOf(a.get("hreflang"))).filter(l -> !l.equals(lang))
                    .ifPresent(l -> otherLocales.add(l.ogLocale()));
        }
        model.put("head", new Model()
                .put("title", title)
                .put("description", description)
                .put("canonical", noindex ? null : config.absoluteUrl(sitePath))
                .put("alternates", alternates)
                .put("noindex", noindex)
                .put("feed", config.absoluteUrl("/" + lang.code() + "/feed.xml"))
                .put("og", new Model()
                        .put("type", "website")
                        .put("title", title)
                        .put("description", description)
                        .put("url", config.absoluteUrl(sitePath))
                        .put("siteName", t.get("site.name"))
                        .put("locale", lang.ogLocale())
                        .put("localeAlternates", otherLocales)
                        .put("image", config.absoluteUrl("/img/share-" + lang.code() + ".png"))
                        .put("imageAlt", t.get("share.imageAlt"))
                        .map())
                .map());
        model.put("nav", nav(lang, config.menu(), section, sitePath));
        model.put("footerNav", nav(lang, config.footer(), section, sitePath));
        model.put("switcher", switcher);
        model.put("sitePath", sitePath);
        model.put("newsletter", newsletter(lang, sitePath));
        model.put("searchHref", "/" + lang.code() + "/search/");
        model.put("digits", lang.code().equals("km") ? config.digits().name().toLowerCase(java.util.Locale.ROOT) : "latin");
        return model;
    }

    /**
     * The signup form's model in the page's language, or null when the site has no newsletter. The box is
     * left out of the newsletter page itself and its thank-you page, which carry the form or the answer.
     */
    private Map<String, Object> newsletter(Language lang, String sitePath) {
        NewsletterConfig n = config.newsletter();
        if (n == null) {
            return null;
        }
        Messages t = messages.get(lang);
        String home = "/" + lang.code() + "/newsletter/";
        List<Map<String, Object>> languages = new ArrayList<>();
        for (Language l : config.languages()) {
            languages.add(new Model().put("code", l.code()).put("name", l.nativeName())
                    .put("value", n.languageValues().get(l.code())).put("checked", l.equals(lang)).map());
        }
        List<Map<String, Object>> hidden = new ArrayList<>();
        n.hidden().forEach((k, v) -> hidden.add(new Model().put("name", k).put("value", v).map()));
        if (n.redirectField() != null) {
            hidden.add(new Model().put("name", n.redirectField())
                    .put("value", config.absoluteUrl(home + "thanks/")).map());
        }
        return new Model()
                .put("action", n.action())
                .put("emailField", n.emailField())
                .put("nameField", n.nameField())
                .put("languageField", n.languageField())
                .put("languages", languages)
                .put("honeypot", n.honeypot())
                .put("hidden", hidden)
                .put("enhanced", n.enhanced())
                .put("privacyHref", index.byUrl("/" + lang.code() + "/privacy/").map(Page::url).orElse(null))
                .put("showBox", !sitePath.startsWith(home))
                .put("successMessage", t.get("newsletter.success"))
                .put("errorMessage", t.get("newsletter.error"))
                .put("sendingMessage", t.get("newsletter.sending"))
                .map();
    }

    private Map<String, Object> langModel(Language lang) {
        return new Model()
                .put("code", lang.code())
                .put("name", lang.nativeName())
                .put("ogLocale", lang.ogLocale())
                .put("khmer", lang.code().equals("km"))
                .map();
    }

    private List<Map<String, Object>> nav(Language lang, List<String> entries, String section, String sitePath) {
        List<Map<String, Object>> nav = new ArrayList<>();
        for (String entry : entries) {
            Optional<Page> target = index.byUrl("/" + lang.code() + "/" + entry + "/");
            target.ifPresent(p -> nav.add(new Model()
                    .put("title", linkTitle(p))
                    .put("href", p.url())
                    .put("current", p.url().equals(sitePath))
                    .put("inSection", entry.equals(section) || entry.equals(section + "/"))
                    .map()));
        }
        return nav;
    }

    private List<Map<String, Object>> alternates(Translation translation, boolean isHome) {
        List<Map<String, Object>> alternates = new ArrayList<>();
        for (Language l : config.languages()) {
            translation.in(l).ifPresent(p -> alternates.add(alternate(l.code(), p.url())));
        }
        Page xDefault = translation.in(config.defaultLanguage())
                .orElseGet(() -> translation.byLanguageCode().values().iterator().next());
        alternates.add(alternate("x-default", isHome ? "/" : xDefault.url()));
        return alternates;
    }

    private List<Map<String, Object>> generatedAlternates(String pathInFirst) {
        List<Map<String, Object>> alternates = new ArrayList<>();
        String tail = pathInFirst.substring(pathInFirst.indexOf('/', 1));
        for (Language l : config.languages()) {
            alternates.add(alternate(l.code(), "/" + l.code() + tail));
        }
        alternates.add(alternate("x-default", "/" + config.defaultLanguage().code() + tail));
        return alternates;
    }

    private Map<String, Object> alternate(String hreflang, String sitePath) {
        return new Model().put("hreflang", hreflang).put("href", config.absoluteUrl(sitePath)).map();
    }

    /**
     * The language switcher's three states: current language; translation exists (link to it); no
     * translation (link to the same section in the other language, labelled so).
     */
    private List<Map<String, Object>> switcher(Page page, Translation translation) {
        return switcher(page.language(), page.url(), l -> translation.in(l).map(Page::url).orElse(null),
                l -> index.sectionIndex(l, page.section()).or(() -> index.home(l)).map(Page::url)
                        .orElse("/" + l.code() + "/"));
    }

    /** The switcher of a generated page (tags, 404): {@code pathIn} gives its counterpart, or null. */
    private List<Map<String, Object>> generatedSwitcher(Language current, Function<Language, String> pathIn) {
        return switcher(current, pathIn.apply(current), pathIn, l -> "/" + l.code() + "/");
    }

    private List<Map<String, Object>> switcher(Language current, String currentPath,
            Function<Language, String> translated, Function<Language, String> fallback) {
        String note = messages.get(current).get("switcher.missing");
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Language l : config.languages()) {
            Model e = new Model().put("code", l.code()).put("name", l.nativeName());
            String path = l.equals(current) ? currentPath : translated.apply(l);
            if (l.equals(current)) {
                e.put("state", "current").put("href", path);
            } else if (path != null) {
                e.put("state", "translated").put("href", path);
            } else {
                e.put("state", "missing").put("href", fallback.apply(l)).put("note", note);
            }
            entries.add(e.map());
        }
        return entries;
    }

    private List<Map<String, Object>> breadcrumbs(Page page) {
        List<Map<String, Object>> crumbs = new ArrayList<>();
        if (page.type() == PageType.HOME) {
            return crumbs;
        }
        index.home(page.language()).ifPresent(h -> crumbs.add(crumb(h)));
        if (!page.isIndex()) {
            index.sectionIndex(page.language(), page.section()).filter(s -> s.type() != PageType.HOME)
                    .ifPresent(s -> crumbs.add(crumb(s)));
        }
        crumbs.add(crumb(page));
        return crumbs;
    }

    private static Map<String, Object> crumb(Page p) {
        return crumb(linkTitle(p), p.url());
    }

    /** The short title for menus and breadcrumbs: {@code linkTitle}, else the title. */
    private static String linkTitle(Page p) {
        String short_ = p.param("linkTitle");
        return short_ != null ? short_ : p.title();
    }

    private static Map<String, Object> crumb(String title, String href) {
        return new Model().put("title", title).put("href", href).map();
    }

    /** On the one-page guide a chapter's title is an h2, so its own sections become h3, and so on. */
    static String headingsOneLevelDown(String html) {
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        for (org.jsoup.nodes.Element h : doc.select("h1, h2, h3, h4, h5")) {
            h.tagName("h" + (h.tagName().charAt(1) - '0' + 1));
        }
        return doc.body().html();
    }

    /** {@code /en/guide/wages/} gives {@code wages}. */
    private static String lastSegment(String url) {
        String trimmed = url.substring(0, url.length() - 1);
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    private List<Map<String, Object>> tagLinks(Language lang, List<String> tags) {
        Messages t = messages.get(lang);
        return tags.stream().sorted().map(tag -> new Model()
                .put("label", t.get("tag." + tag))
                .put("href", "/" + lang.code() + "/tags/" + tag + "/")
                .map()).toList();
    }

    /** The items a list page shows: its section's pages (the guide: its chapters, in order). */
    private List<Map<String, Object>> items(Page page) {
        if (page.type() == PageType.HOME) {
            return List.of();
        }
        return index.members(page.language(), page.section()).stream().map(p -> summaryOf(p).map()).toList();
    }

    /** What lists show of a page: title, link, date, summary, type. */
    private Model summaryOf(Page p) {
        LocalFormats f = formats.get(p.language());
        Messages t = messages.get(p.language());
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
        String pubType = p.param("pubType");
        if (pubType != null) {
            m.put("pubType", pubType).put("pubTypeLabel", t.get("pubType." + pubType));
        }
        Integer order = p.param("order");
        if (order != null) {
            m.put("order", order).put("orderLabel", f.digits(Integer.toString(order)));
        }
        Integer startYear = p.param("startYear");
        if (startYear != null) {
            m.put("startYear", f.year(startYear));
        }
        return m;
    }

    @SuppressWarnings("unchecked")
    private void addTypeSpecific(Page page, Model content, Messages t, LocalFormats f) {
        switch (page.type()) {
            case PUBLICATION -> {
                content.put("quote", page.param("quote"));
                content.put("highlights", page.param("highlights"));
                content.put("canonicalUrl", page.param("canonicalUrl"));
                content.put("downloads", downloads(page, "report", t, f));
                Integer edition = page.param("edition");
                content.put("edition", edition == null ? null : f.number(edition));
                LocalDate start = page.param("periodStart");
                LocalDate end = page.param("periodEnd");
                if (start != null && end != null) {
                    content.put("period", f.date(start) + " – " + f.date(end));
                }
                Integer factories = page.param("factoriesMonitored");
                content.put("factoriesMonitored", factories == null ? null : f.number(factories));
            }
            case INITIATIVE -> {
                content.put("partners", page.param("partners"));
                content.put("links", page.param("links"));
                List<Map<String, Object>> stats = new ArrayList<>();
                for (Map<String, Object> s : (List<Map<String, Object>>) page.params().getOrDefault("stats", List.of())) {
                    stats.add(new Model()
                            .put("value", f.number((Integer) s.get("value")))
                            .put("label", s.get("label"))
                            .put("year", s.get("year") == null ? null : f.year((Integer) s.get("year")))
                            .map());
                }
                content.put("stats", stats);
            }
            case PROFILE -> {
                for (String key : List.of("displayName", "experience", "message", "role", "photo", "photoAlt")) {
                    content.put(key, page.param(key));
                }
                content.put("downloads", downloads(page, "sheet", t, f));
            }
            case GUIDE_SECTION -> {
                putReviews(content, page, f);
                List<Map<String, Object>> refs = new ArrayList<>();
                for (Integer n : (List<Integer>) page.params().getOrDefault("legalRefs", List.of())) {
                    refs.add(new Model().put("number", f.legalNumber(n))
                            .put("label", t.get("guide.article").replace("{number}", f.legalNumber(n))).map());
                }
                content.put("legalRefs", refs);
                List<Page> chapters = index.ofType(page.language(), PageType.GUIDE_SECTION);
                int i = chapters.indexOf(page);
                if (i > 0) {
                    content.put("prev", summaryOf(chapters.get(i - 1)).map());
                }
                if (i >= 0 && i + 1 < chapters.size()) {
                    content.put("next", summaryOf(chapters.get(i + 1)).map());
                }
                index.sectionIndex(page.language(), "guide").ifPresent(g -> content.put("guide", summaryOf(g).map()));
            }
            case GUIDE -> putReviews(content, page, f);
            default -> {
                // home, section, page and news need nothing more
            }
        }
    }

    /**
     * What the guide says about its checks: the date its text was checked against its sources, and the legal
     * review, which stays empty (and the page says so) until a person enters one.
     */
    private static void putReviews(Model content, Page page, LocalFormats f) {
        LocalDate checked = page.param("sourcesChecked");
        if (checked != null) {
            content.put("sourcesChecked", f.date(checked)).put("sourcesCheckedIso", checked.toString());
        }
        org.betterfactories.site.model.LegalReview review = page.param("legalReview");
        if (review != null) {
            content.put("legalReview", new Model().put("date", f.date(review.date()))
                    .put("dateIso", review.date().toString()).put("reviewer", review.reviewer()).map());
        }
    }

    /**
     * Download links from a page's {@code files}: label ("Download report in Khmer"), details
     * ("PDF, 3.2 MB", the size measured from the file when it is in assets/), hreflang and MIME type.
     */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> downloads(Page page, String kind, Messages t, LocalFormats f) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> file : (List<Map<String, Object>>) page.params().getOrDefault("files", List.of())) {
            String langCode = (String) file.get("lang");
            String path = (String) file.get("path");
            String format = (String) file.getOrDefault("format", path == null ? null : ContentLoader.formatOf(path));
            String size = path != null ? f.fileSize(sizeOf(path)) : file.get("size") == null
                    ? null : f.digits((String) file.get("size"));
            String label = file.get("title") != null ? (String) file.get("title")
                    : t.get("download." + kind).replace("{language}", t.get("language." + langCode));
            String details = size == null ? format : format + ", " + size;
            out.add(new Model()
                    .put("label", label)
                    .put("details", details)
                    .put("href", path != null ? path : file.get("url"))
                    .put("hreflang", langCode)
                    .put("mime", MIME.get(format))
                    .put("external", path == null)
                    .map());
        }
        return out;
    }

    private long sizeOf(String assetPath) {
        try {
            return Files.size(config.assetDir().resolve(assetPath.substring(1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A map that ignores null values, so templates can test presence with {@code ??}. */
    static final class Model {
        private final Map<String, Object> map = new LinkedHashMap<>();

        Model put(String key, Object value) {
            if (value != null) {
                map.put(key, value);
            }
            return this;
        }

        Map<String, Object> map() {
            return map;
        }
    }
}
