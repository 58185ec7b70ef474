package org.betterfactories.site.html;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.betterfactories.site.diag.Problem;
import org.betterfactories.site.model.Page;
import org.betterfactories.site.search.SearchDocument;
import org.betterfactories.site.site.PlannedPage;
import org.betterfactories.site.source.Position;
import org.jspecify.annotations.Nullable;

/**
 * What a transform knows about the page it works on, where it reports problems (at the content file's line
 * where the offending text is written, when it can be found there), and what the transforms collect from the
 * page for the site-wide steps: its links and ids (link check) and its search text.
 */
public final class PageContext {
    private final PlannedPage planned;
    private final Consumer<Problem> problems;
    private List<LinkChecker.Link> links = List.of();
    private Set<String> ids = Set.of();
    private List<String> externalLinks = List.of();
    private SearchDocument searchDocument;
    private Set<String> assets = Set.of();

    PageContext(PlannedPage planned, Consumer<Problem> problems) {
        this.planned = planned;
        this.problems = problems;
    }

    /** A context that keeps the page's problems in a list of its own (so they can be cached with the page). */
    static PageContext collecting(PlannedPage planned, List<Problem> into) {
        return new PageContext(planned, into::add);
    }

    public PlannedPage planned() {
        return planned;
    }

    /** The content file, or null for generated pages. */
    public Page page() {
        return planned.page();
    }

    /**
     * An error about something in the rendered page. {@code needle} (e.g. the link's target as written) is
     * looked up in the content file's body to give the line; when it is not there, the problem names the
     * template that produced it.
     */
    public void error(@Nullable String needle, String message, String fix) {
        report(needle, message, fix, false);
    }

    /** A warning about something in the rendered page, placed as {@link #error} places errors. */
    public void warning(@Nullable String needle, String message, String fix) {
        report(needle, message, fix, true);
    }

    private void report(@Nullable String needle, String message, String fix, boolean warning) {
        Page page = planned.kind() == PlannedPage.Kind.CONTENT ? planned.page() : null;
        if (page != null) {
            Position at = needle == null ? null : page.source().find(needle, page.bodyLine());
            if (at == null && needle != null) { // written in the front matter (a profile's photo, a share image)
                at = page.source().find(needle, 1);
            }
            if (at != null) {
                problems.accept(warning ? page.source().warning(at, message, fix) : page.source().error(at, message, fix));
                return;
            }
            String m = message + " (in the page made by templates/" + planned.template() + ")";
            problems.accept(warning ? Problem.warning(page.path(), 0, 0, m, fix) : Problem.error(page.path(), 0, 0, m, fix));
            return;
        }
        String m = message + " (on " + planned.sitePath() + ")";
        problems.accept(warning ? Problem.warning("templates/" + planned.template(), 0, 0, m, fix)
                : Problem.error("templates/" + planned.template(), 0, 0, m, fix));
    }

    void links(List<LinkChecker.Link> found, Set<String> pageIds, List<String> external) {
        this.links = List.copyOf(found);
        this.ids = Set.copyOf(pageIds);
        this.externalLinks = List.copyOf(external);
    }

    /** Adds to the assets the page uses. */
    void assets(Set<String> used) {
        java.util.Set<String> all = new java.util.TreeSet<>(assets);
        all.addAll(used);
        this.assets = Set.copyOf(all);
    }

    Set<String> assets() {
        return assets;
    }

    void searchDocument(SearchDocument document) {
        this.searchDocument = document;
    }

    List<LinkChecker.Link> links() {
        return links;
    }

    Set<String> ids() {
        return ids;
    }

    List<String> externalLinks() {
        return externalLinks;
    }

    SearchDocument searchDocument() {
        return searchDocument;
    }

}
