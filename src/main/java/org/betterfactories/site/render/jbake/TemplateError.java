package org.betterfactories.site.render.jbake;

/**
 * A template failed to render.
 *
 * @param template the template file, relative to the project ({@code templates/page.ftl})
 * @param line 1-based line in the template, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param message what went wrong, in Freemarker's words
 */
public record TemplateError(String template, int line, int column, String message) {
}
