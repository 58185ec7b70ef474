package org.betterfactories.site.html;

import org.betterfactories.site.content.Page;
import org.betterfactories.site.diag.Problem;
import org.betterfactories.site.diag.Problems;
import org.betterfactories.site.render.PlannedPage;
import org.betterfactories.site.source.Position;

/**
 * What a transform knows about the page it works on, and where it reports problems: at the content file's
 * line where the offending text is written, when it can be found there.
 */
public final class PageContext {
    private final PlannedPage planned;
    private final Problems problems;

    PageContext(PlannedPage planned, Problems problems) {
        this.planned = planned;
        this.problems = problems;
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
    public void error(String needle, String message, String fix) {
        Page page = planned.page();
        if (page != null) {
            Position at = needle == null ? null : page.source().find(needle, page.bodyLine());
            if (at != null) {
                problems.add(page.source().error(at, message, fix));
                return;
            }
            problems.add(Problem.error(page.path(), 0, 0, message + " (in the page made by templates/"
                    + planned.template() + ")", fix));
            return;
        }
        problems.add(Problem.error("templates/" + planned.template(), 0, 0, message + " (on " + planned.sitePath()
                + ")", fix));
    }
}
