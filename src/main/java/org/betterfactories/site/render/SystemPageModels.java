package org.betterfactories.site.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.betterfactories.site.config.Language;
import org.betterfactories.site.i18n.Messages;
import org.betterfactories.site.model.Urls;

/** The pages every site has: search and 404 per language, and the bilingual landing and 404 pages at the root. */
final class SystemPageModels {
    private final ModelContext c;
    private final LayoutModel layout;

    SystemPageModels(ModelContext c, LayoutModel layout) {
        this.c = c;
        this.layout = layout;
    }

    /** The search page: the form, the place for results, and for readers without JavaScript the section lists. */
    Map<String, Object> forSearch(Language lang) {
        Messages t = c.t(lang);
        String path = Urls.search(lang);
        Model model = layout.base(lang, t.get("search.title") + " | " + t.get("site.name"), t.get("search.title"), path,
                layout.generatedAlternates(path), layout.generatedSwitcher(lang, Urls::search), "", true);
        model.put("content", new Model().put("title", t.get("search.title")).map());
        model.put("sections", layout.nav(lang, c.config.menu(), "", path));
        // "1 page found", "2 pages found": each plural form of the count, for the script to pick with the browser's
        // plural rules (Khmer has one form)
        List<Map<String, Object>> forms = new java.util.ArrayList<>();
        t.pluralForms("search.count").forEach((category, text) -> forms.add(new Model().put("category", category)
                .put("text", text).map()));
        model.put("countForms", forms);
        return model.map();
    }

    /** The page a reader without a connection sees for a page that was neither saved nor visited. */
    Map<String, Object> forOffline(Language lang) {
        Messages t = c.t(lang);
        String path = Urls.offline(lang);
        Model model = layout.base(lang, t.get("offline.title") + " | " + t.get("site.name"), t.get("offline.title"),
                path, List.of(), layout.generatedSwitcher(lang,
                        l -> org.betterfactories.site.offline.OfflineGuide.offered(c.index, l) ? Urls.offline(l) : null),
                "", true);
        model.put("content", new Model().put("title", t.get("offline.title")).map());
        model.put("guideHref", Urls.section(lang, "guide"));
        return model.map();
    }

    Map<String, Object> forNotFound(Language lang) {
        Messages t = c.t(lang);
        String path = Urls.notFound(lang);
        Model model = layout.base(lang, t.get("notfound.title") + " | " + t.get("site.name"), t.get("notfound.title"),
                path, List.of(), layout.generatedSwitcher(lang, Urls::notFound), "", true);
        model.put("content", new Model().put("title", t.get("notfound.title")).map());
        return model.map();
    }

    /** The bilingual page at the root: the landing page, or the root 404 page. */
    Map<String, Object> forLanding(boolean notFound) {
        Model model = new Model();
        List<Map<String, Object>> languages = new ArrayList<>();
        for (Language l : c.config.languages()) {
            languages.add(new Model()
                    .put("code", l.code())
                    .put("name", l.nativeName())
                    .put("href", Urls.home(l))
                    .put("t", c.t(l).all())
                    .map());
        }
        Language first = c.config.defaultLanguage();
        List<Map<String, Object>> alternates = new ArrayList<>();
        if (!notFound) {
            for (Language l : c.config.languages()) {
                alternates.add(layout.alternate(l.code(), Urls.home(l)));
            }
            alternates.add(layout.alternate("x-default", Urls.ROOT));
        }
        Messages t = c.t(first);
        model.put("languages", languages);
        model.put("notFound", notFound);
        model.put("lang", layout.langModel(first));
        model.put("assets", c.assets);
        model.put("head", new Model()
                .put("title", notFound ? t.get("notfound.title") + " | " + t.get("site.name") : t.get("site.name"))
                .put("description", t.get("site.description"))
                .put("canonical", notFound ? null : c.config.absoluteUrl(Urls.ROOT))
                .put("alternates", alternates)
                .put("noindex", notFound)
                .put("og", notFound ? null : landingCard())
                .map());
        return model.map();
    }

    /** The root page's share card, in the words of every language (the default language's first). */
    private Map<String, Object> landingCard() {
        Language first = c.config.defaultLanguage();
        List<Language> languages = new ArrayList<>(List.of(first));
        c.config.languages().stream().filter(l -> !l.equals(first)).forEach(languages::add);
        String description = String.join(" / ", languages.stream().map(l -> c.t(l).get("site.description")).toList());
        String imageAlt = String.join(" / ", languages.stream().map(l -> c.t(l).get("share.imageAlt")).toList());
        return new Model()
                .put("type", "website")
                .put("title", c.t(first).get("site.name"))
                .put("description", description)
                .put("url", c.config.absoluteUrl(Urls.ROOT))
                .put("siteName", c.t(first).get("site.name"))
                .put("locale", first.ogLocale())
                .put("localeAlternates", languages.stream().skip(1).map(Language::ogLocale).toList())
                .put("image", c.config.absoluteUrl("/img/share-" + first.code() + ".png"))
                .put("imageAlt", imageAlt)
                .map();
    }
}
