package org.betterfactories.site.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.betterfactories.site.artwork.Wordmarks;
import org.betterfactories.site.config.Digits;
import org.betterfactories.site.config.Language;
import org.betterfactories.site.config.NewsletterConfig;
import org.betterfactories.site.i18n.Messages;
import org.betterfactories.site.model.Page;
import org.betterfactories.site.model.Urls;
import org.betterfactories.site.offline.OfflineGuide;
import org.betterfactories.site.translate.Translation;
import org.jspecify.annotations.Nullable;

/**
 * The frame every page of a language shares ({@code layout.ftl}): the head (title, description, canonical address,
 * alternates, share card), the menus, the language switcher in its three states, the search link and the
 * newsletter form.
 */
final class LayoutModel {
    private final ModelContext c;
    private final Map<Language, Optional<Map<String, Object>>> wordmarks = new java.util.concurrent.ConcurrentHashMap<>();

    LayoutModel(ModelContext c) {
        this.c = c;
    }

    /** The header's wordmark ({@code assets/img/wordmark-<lang>.svg}, artwork.Wordmarks) at its drawn size. */
    private Optional<Map<String, Object>> wordmark(Language lang) {
        String sitePath = "/img/wordmark-" + lang.code() + ".svg";
        Path file = c.config.assetDir().resolve(sitePath.substring(1));
        String published = c.assets.get(sitePath);
        if (published == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Model().put("src", published)
                    .put("width", Wordmarks.width(Files.readString(file, StandardCharsets.UTF_8)))
                    .put("height", 48).map());
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // not a wordmark the generator drew: the name is shown as text
        }
    }

    /** The frame of a page of {@code lang} at {@code sitePath}. */
    Model base(Language lang, String title, String description, String sitePath, List<Map<String, Object>> alternates,
            List<Map<String, Object>> switcher, String section, boolean noindex) {
        Messages t = c.t(lang);
        Model model = new Model();
        model.put("lang", langModel(lang));
        model.put("t", t.all());
        model.put("assets", c.assets);
        model.put("site", new Model()
                .put("name", t.get("site.name"))
                .put("home", Urls.home(lang))
                .put("wordmark", wordmarks.computeIfAbsent(lang, this::wordmark).orElse(null))
                .map());
        List<String> otherLocales = new ArrayList<>();
        for (Map<String, Object> a : alternates) {
            Language.byCode(String.valueOf(a.get("hreflang"))).filter(l -> !l.equals(lang))
                    .ifPresent(l -> otherLocales.add(l.ogLocale()));
        }
        model.put("head", new Model()
                .put("title", title)
                .put("description", description)
                .put("canonical", noindex ? null : c.config.absoluteUrl(sitePath))
                .put("alternates", alternates)
                .put("noindex", noindex)
                .put("feed", c.config.absoluteUrl(Urls.feed(lang)))
                .put("og", new Model()
                        .put("type", "website")
                        .put("title", title)
                        .put("description", description)
                        .put("url", c.config.absoluteUrl(sitePath))
                        .put("siteName", t.get("site.name"))
                        .put("locale", lang.ogLocale())
                        .put("localeAlternates", otherLocales)
                        .put("image", c.config.absoluteUrl("/img/share-" + lang.code() + ".png"))
                        .put("imageAlt", t.get("share.imageAlt"))
                        .map())
                .map());
        model.put("nav", nav(lang, c.config.menu(), section, sitePath));
        model.put("footerNav", nav(lang, c.config.footer(), section, sitePath));
        model.put("switcher", switcher);
        model.put("sitePath", sitePath);
        model.put("newsletter", newsletter(lang, sitePath));
        model.put("searchHref", Urls.search(lang));
        // offline reading and the home-screen manifest, where the language has a guide to save (README, "Offline
        // reading")
        if (OfflineGuide.offered(c.index, lang)) {
            model.put("offline", true);
            model.put("manifest", OfflineGuide.manifestPath(lang));
        }
        model.put("digits", lang.code().equals("km") ? c.config.digits().name().toLowerCase(Locale.ROOT) : "latin");
        return model;
    }

    Map<String, Object> langModel(Language lang) {
        return new Model()
                .put("code", lang.code())
                .put("name", lang.nativeName())
                .put("ogLocale", lang.ogLocale())
                .put("khmer", lang.code().equals("km"))
                .put("khmerDigits", lang.code().equals("km") && c.config.digits() == Digits.KHMER)
                .map();
    }

    /** Menu entries (section folders or top-level pages) that have a page in the language. */
    List<Map<String, Object>> nav(Language lang, List<String> entries, String section, String sitePath) {
        List<Map<String, Object>> nav = new ArrayList<>();
        for (String entry : entries) {
            Optional<Page> target = c.index.byUrl(Urls.section(lang, entry)).filter(p -> !c.index.isEmptySection(p));
            target.ifPresent(p -> nav.add(new Model()
                    .put("title", p.menuTitle())
                    .put("href", p.url())
                    .put("current", p.url().equals(sitePath))
                    .put("inSection", entry.equals(section) || entry.equals(section + "/"))
                    .map()));
        }
        return nav;
    }

    /**
     * The signup form's model in the page's language, or null when the site has no newsletter. The box is
     * left out of the newsletter page itself and its thank-you page, which carry the form or the answer.
     */
    private @Nullable Map<String, Object> newsletter(Language lang, String sitePath) {
        NewsletterConfig n = c.config.newsletter();
        if (n == null) {
            return null;
        }
        Messages t = c.t(lang);
        String home = Urls.section(lang, "newsletter");
        List<Map<String, Object>> languages = new ArrayList<>();
        for (Language l : c.config.languages()) {
            languages.add(new Model().put("code", l.code()).put("name", l.nativeName())
                    .put("value", n.languageValues().get(l.code())).put("checked", l.equals(lang)).map());
        }
        List<Map<String, Object>> hidden = new ArrayList<>();
        n.hidden().forEach((k, v) -> hidden.add(new Model().put("name", k).put("value", v).map()));
        if (n.redirectField() != null) {
            hidden.add(new Model().put("name", n.redirectField())
                    .put("value", c.config.absoluteUrl(Urls.newsletterThanks(lang))).map());
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
                .put("privacyHref", c.index.byUrl(Urls.section(lang, "privacy")).map(Page::url).orElse(null))
                .put("showBox", !sitePath.startsWith(home))
                .put("successMessage", t.get("newsletter.success"))
                .put("errorMessage", t.get("newsletter.error"))
                .put("sendingMessage", t.get("newsletter.sending"))
                .map();
    }

    /** A content page's alternates: the translations that exist, and x-default. */
    List<Map<String, Object>> alternates(Translation translation, boolean isHome) {
        List<Map<String, Object>> alternates = new ArrayList<>();
        for (Language l : c.config.languages()) {
            translation.in(l).ifPresent(p -> alternates.add(alternate(l.code(), p.url())));
        }
        Page xDefault = translation.in(c.config.defaultLanguage())
                .orElseGet(() -> translation.byLanguageCode().values().iterator().next());
        alternates.add(alternate("x-default", isHome ? Urls.ROOT : xDefault.url()));
        return alternates;
    }

    /** A generated page that exists in every language: the same path in each. */
    List<Map<String, Object>> generatedAlternates(String path) {
        List<Map<String, Object>> alternates = new ArrayList<>();
        for (Language l : c.config.languages()) {
            alternates.add(alternate(l.code(), Urls.in(l, path)));
        }
        alternates.add(alternate("x-default", Urls.in(c.config.defaultLanguage(), path)));
        return alternates;
    }

    Map<String, Object> alternate(String hreflang, String sitePath) {
        return new Model().put("hreflang", hreflang).put("href", c.config.absoluteUrl(sitePath)).map();
    }

    /**
     * The language switcher's three states: current language; translation exists (link to it); no
     * translation (link to the same section in the other language, or its home page if the section has no page
     * there, labelled so).
     */
    List<Map<String, Object>> switcher(Page page, Translation translation) {
        return switcher(page.language(), page.url(), l -> translation.in(l).map(Page::url).orElse(null),
                l -> c.index.sectionIndex(l, page.section()).filter(s -> !c.index.isEmptySection(s))
                        .or(() -> c.index.home(l)).map(Page::url).orElse(Urls.home(l)));
    }

    /** The switcher of a generated page (tags, 404): {@code pathIn} gives its counterpart, or null. */
    List<Map<String, Object>> generatedSwitcher(Language current, Function<Language, @Nullable String> pathIn) {
        return switcher(current, pathIn.apply(current), pathIn, Urls::home);
    }

    private List<Map<String, Object>> switcher(Language current, String currentPath,
            Function<Language, @Nullable String> translated, Function<Language, String> fallback) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Language l : c.config.languages()) {
            Model e = new Model().put("code", l.code()).put("name", l.nativeName());
            String path = l.equals(current) ? currentPath : translated.apply(l);
            if (l.equals(current)) {
                e.put("state", "current").put("href", path);
            } else if (path != null) {
                e.put("state", "translated").put("href", path);
            } else {
                String href = fallback.apply(l);
                e.put("state", "missing").put("href", href).put("note", c.t(current)
                        .get(href.equals(Urls.home(l)) ? "switcher.missingHome" : "switcher.missing"));
            }
            entries.add(e.map());
        }
        return entries;
    }
}
