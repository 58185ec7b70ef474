package org.betterfactories.site.render;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.betterfactories.site.model.Page;
import org.betterfactories.site.model.PageType;
import org.betterfactories.site.model.Urls;
import org.betterfactories.site.reuse.Reuse;
import org.betterfactories.site.site.SiteIndex;

/**
 * The usual preview save: the text of one page changed, nothing else (front matter, the set of files, templates,
 * UI strings, assets, settings). Then only that page, its translations (their "the source changed" notice depends
 * on the source's text) and the one-page guide of a changed chapter need rendering; every other page is taken as
 * it was, without even building its model, which keeps a save on a site of thousands of pages fast.
 */
final class BodyOnlyEdit {
    private BodyOnlyEdit() {
    }

    /** What this build's pages are made from; the stamp of the other inputs is taken only when asked for. */
    record Snapshot(List<Page> pages, Supplier<String> inputs) {
        Snapshot {
            inputs = Reuse.once(inputs);
        }

        /** The snapshot as kept for the next build. */
        Stamped stamped() {
            Map<String, Page> byPath = new HashMap<>();
            pages.forEach(p -> byPath.put(p.path(), p));
            return new Stamped(byPath, inputs.get());
        }
    }

    /** A snapshot kept from an earlier build: its pages by path and the stamp of its other inputs. */
    record Stamped(Map<String, Page> pages, String inputs) {
    }

    /**
     * The site paths to render again when only page bodies changed since {@code before}; empty when anything else
     * changed (then every page's model is built and compared).
     */
    static Optional<Set<String>> pagesToRender(Stamped before, Snapshot now, SiteIndex index) {
        if (before.pages().size() != now.pages().size() || !before.inputs().equals(now.inputs().get())) {
            return Optional.empty();
        }
        Set<String> render = new HashSet<>();
        for (Page page : now.pages()) {
            Page old = before.pages().get(page.path());
            if (old == null) {
                return Optional.empty();
            }
            if (old.source().text().equals(page.source().text())) {
                continue;
            }
            if (!old.common().equals(page.common()) || !old.fields().equals(page.fields())
                    || !old.frontMatter().values().equals(page.frontMatter().values()) || !old.url().equals(page.url()) || old.type() != page.type()
                    || !old.translationKey().equals(page.translationKey())) {
                return Optional.empty();
            }
            render.add(page.url());
            index.translations(page).byLanguageCode().values().forEach(t -> render.add(t.url()));
            if (page.type() == PageType.GUIDE_SECTION) {
                render.add(Urls.guideAll(page.language()));
            }
        }
        return Optional.of(render);
    }
}
