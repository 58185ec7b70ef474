package org.betterfactories.site.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.betterfactories.site.content.Page;
import org.betterfactories.site.diag.Problem;
import org.betterfactories.site.html.ProcessedPage;
import org.betterfactories.site.search.SearchDocument;
import org.betterfactories.site.search.SearchIndexWriter.Fragment;
import org.betterfactories.site.render.jbake.JBakeAdapter;

/**
 * What a preview keeps between builds so that a rebuild redoes only what an edit changed. Every entry is
 * keyed by its full input (a file's size and time, a body's source, a page's whole template model, a page's
 * rendered HTML), so a rebuild with the cache gives exactly the files a fresh build would. One build at a
 * time uses it.
 */
public final class BuildCache {

    /** A file's size and modification time: when both are unchanged, its parsed page is reused. */
    public record Stamp(long size, long modified) {
        public static Stamp of(Path file) {
            try {
                return of(Files.readAttributes(file, BasicFileAttributes.class));
            } catch (IOException e) {
                return new Stamp(-1, -1);
            }
        }

        public static Stamp of(BasicFileAttributes a) {
            return new Stamp(a.size(), a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS));
        }
    }

    /** A content file as read last time, with the problems found in it then. */
    public record CachedFile(Stamp stamp, Page page, List<Problem> problems) {
    }

    /** A rendered body and the source it was rendered from. */
    public record CachedBody(String source, String html, List<Problem> problems) {
    }

    /** A rendered page and the fingerprint of the model and templates it was rendered from. */
    public record CachedHtml(String fingerprint, String html) {
    }

    private final Map<Path, CachedFile> files = new ConcurrentHashMap<>();
    private final Map<Path, CachedBody> bodies = new ConcurrentHashMap<>();
    private final Map<String, CachedHtml> pages = new ConcurrentHashMap<>();
    private Map<SearchDocument, Fragment> searchFragments = new java.util.IdentityHashMap<>();
    private volatile Map<String, ProcessedPage> processed = Map.of();
    private volatile JBakeAdapter adapter;
    private volatile String templatesStamp = "";
    private volatile String assetsStamp;

    public Map<Path, CachedFile> files() {
        return files;
    }

    public Map<Path, CachedBody> bodies() {
        return bodies;
    }

    public Map<String, CachedHtml> pages() {
        return pages;
    }


    /**
     * Each search document's JSON, by document identity (a reused page keeps its document object). Returns a
     * fresh map holding only the entries still in use, for this build to fill.
     */
    public synchronized Map<SearchDocument, Fragment> searchFragments(java.util.Collection<SearchDocument> inUse) {
        Map<SearchDocument, Fragment> kept = new java.util.IdentityHashMap<>();
        for (var d : inUse) {
            var f = searchFragments.get(d);
            if (f != null) {
                kept.put(d, f);
            }
        }
        searchFragments = kept;
        return kept;
    }

    public Map<String, ProcessedPage> processed() {
        return processed;
    }

    public void processed(List<ProcessedPage> pages) {
        Map<String, ProcessedPage> m = new ConcurrentHashMap<>();
        for (ProcessedPage p : pages) {
            m.put(p.outputPath(), p);
        }
        processed = m;
    }

    /**
     * The JBake adapter to render with: the one from last time while no template changed (its Freemarker engine
     * keeps its parsed templates), else a new one.
     */
    public JBakeAdapter adapter(String stampOfTemplates, java.util.function.Supplier<JBakeAdapter> create) {
        if (adapter == null || !stampOfTemplates.equals(templatesStamp)) {
            adapter = create.get();
            templatesStamp = stampOfTemplates;
            pages.clear();
        }
        return adapter;
    }

    /** UI strings as loaded last time, with the stamp of the i18n folder and the problems found then. */
    public record CachedMessages(String stamp, Map<org.betterfactories.site.config.Language,
            org.betterfactories.site.i18n.Messages> messages, List<Problem> problems) {
    }

    private volatile CachedMessages messages;
    private volatile org.betterfactories.site.output.TranslationReport.Contents reported;
    private volatile Map<String, Page> lastPages = Map.of();
    private volatile String lastInputs = "";

    /**
     * The site paths to render again when, since the last build, only page bodies changed (front matter, file
     * set, templates, UI strings, assets and settings all the same): each changed page, its translations (their
     * "the source changed" notice depends on the source's text) and the one-page guide of a changed chapter.
     * Null when anything else changed: then every page's model is built and compared.
     *
     * @param inputs a stamp of the templates, UI strings, assets and settings
     */
    public java.util.Set<String> bodyOnlyChanges(List<Page> pages, String inputs,
            java.util.function.Function<Page, java.util.Collection<Page>> translations) {
        Map<String, Page> before = lastPages;
        if (before.isEmpty() || !inputs.equals(lastInputs) || before.size() != pages.size()) {
            return null;
        }
        java.util.Set<String> render = new java.util.HashSet<>();
        for (Page page : pages) {
            Page old = before.get(page.path());
            if (old == null) {
                return null;
            }
            if (old.source().text().equals(page.source().text())) {
                continue;
            }
            if (!old.params().equals(page.params()) || !old.url().equals(page.url()) || old.type() != page.type()
                    || !old.translationKey().equals(page.translationKey())) {
                return null;
            }
            render.add(page.url());
            translations.apply(page).forEach(t -> render.add(t.url()));
            if (page.type() == org.betterfactories.site.content.PageType.GUIDE_SECTION) {
                render.add("/" + page.language().code() + "/guide/all/");
            }
        }
        return render;
    }

    /** Records what a successful build was made from, for {@link #bodyOnlyChanges}. */
    public void built(List<Page> pages, String inputs) {
        Map<String, Page> m = new java.util.HashMap<>();
        for (Page p : pages) {
            m.put(p.path(), p);
        }
        lastPages = m;
        lastInputs = inputs;
    }

    /** What the translation report written last time showed, or null. */
    public org.betterfactories.site.output.TranslationReport.Contents reported() {
        return reported;
    }

    public void reported(org.betterfactories.site.output.TranslationReport.Contents contents) {
        reported = contents;
    }

    public CachedMessages messages() {
        return messages;
    }

    public void messages(CachedMessages value) {
        messages = value;
    }

    /** Records the assets' stamp; true when it differs from the one recorded last time. */
    public boolean assetsChanged(String stamp) {
        String before = assetsStamp;
        assetsStamp = stamp;
        return before != null && !before.equals(stamp);
    }

    /**
     * Forgets the parsed content files and the processed pages: an asset changed, and pages check that the
     * images and downloads they name exist, and carry the assets' published (fingerprinted) names.
     */
    public void forgetFiles() {
        files.clear();
        processed = Map.of();
    }

    /** Forgets everything. */
    public void clear() {
        files.clear();
        bodies.clear();
        pages.clear();
        searchFragments = new java.util.IdentityHashMap<>();
        processed = Map.of();
        adapter = null;
        templatesStamp = "";
        assetsStamp = null;
        messages = null;
        lastPages = Map.of();
        lastInputs = "";
    }
}
