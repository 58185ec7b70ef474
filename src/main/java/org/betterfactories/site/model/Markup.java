package org.betterfactories.site.model;

import java.util.Locale;
import java.util.Optional;

/** The markup languages content files are written in, by file extension. */
public enum Markup {
    MARKDOWN("md"),
    ASCIIDOC("adoc");

    private final String extension;

    Markup(String extension) {
        this.extension = extension;
    }

    /** The file extension JBake's engine registry knows this markup by. */
    public String extension() {
        return extension;
    }

    public static Optional<Markup> forFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            return Optional.of(MARKDOWN);
        }
        if (lower.endsWith(".adoc") || lower.endsWith(".asciidoc") || lower.endsWith(".ad")) {
            return Optional.of(ASCIIDOC);
        }
        return Optional.empty();
    }
}
