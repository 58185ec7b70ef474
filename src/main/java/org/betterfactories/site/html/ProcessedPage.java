package org.betterfactories.site.html;

import java.util.List;
import java.util.Set;

import org.betterfactories.site.diag.Problem;
import org.betterfactories.site.search.SearchDocument;
import org.betterfactories.site.site.PlannedPage;

/**
 * A page after post-processing: its final HTML and what the site-wide steps need from it. Depends only on the
 * rendered HTML, the page's plan and file, so it can be reused while those stay the same (preview rebuilds).
 *
 * @param planned the page
 * @param title the text of the page's {@code <title>}
 * @param links internal links, as written and resolved
 * @param ids the ids on the page (anchors other pages may link to)
 * @param externalLinks external addresses on the page
 * @param searchDocument what search knows of the page, or null
 * @param problems what the transforms found on this page
 * @param bytes the final HTML in UTF-8, as written (the only copy kept)
 * @param assets the files of assets/ the page uses, by their site paths ({@code /img/x.png})
 */
public record ProcessedPage(PlannedPage planned, String title, List<LinkChecker.Link> links,
        Set<String> ids, List<String> externalLinks, SearchDocument searchDocument, List<Problem> problems,
        byte[] bytes, Set<String> assets) {

    public String outputPath() {
        return planned.outputPath();
    }
}
