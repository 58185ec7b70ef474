package org.betterfactories.site.render;

import org.betterfactories.site.site.PlannedPage;

/**
 * A page rendered by its template, before post-processing.
 *
 * @param planned what it is
 * @param html the whole HTML document
 */
public record RenderedPage(PlannedPage planned, String html) {

    public String outputPath() {
        return planned.outputPath();
    }

    public RenderedPage withHtml(String newHtml) {
        return new RenderedPage(planned, newHtml);
    }
}
