package org.betterfactories.site.editor;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/** What the web editor says under a field: the rules of README's "Front matter keys", short. */
final class Hints {
    private static final Map<String, String> HINTS = Map.ofEntries(
            Map.entry("status", "draft: shown in preview only, never published"),
            Map.entry("date", "A date after today schedules the page: it is published on that day"),
            Map.entry("publishDate", "Only when the page should be published on another day than its date"),
            Map.entry("summary", "One or two sentences for lists, search and link previews"),
            Map.entry("imageAlt", "Required with an image: what it shows, for readers who cannot see it"),
            Map.entry("photoAlt", "Required with a photo: what it shows, for readers who cannot see it"),
            Map.entry("photoConsent", "Required with a photo: the date the person gave written consent to publish it"),
            Map.entry("review", "Khmer pages: needed until a native speaker has reviewed the text, then done"),
            Map.entry("translationOf", "Translations: the version of the source page this one follows. After"
                    + " updating a translation, copy the version the check or the translation report names"),
            Map.entry("sourcesChecked", "The day the text was checked against its sources"),
            Map.entry("legalReview", "Only after a lawyer has reviewed the chapter: the date, a comma, the reviewer"),
            Map.entry("order", "Puts the page before others in lists (a guide chapter's number)"),
            Map.entry("slug", "The last part of the address, when it should differ from the file name"),
            Map.entry("source", "Where the facts come from: a public address or a file of the content sources"),
            Map.entry("files", "One entry per language of the file: a file of assets/files, or the address where"
                    + " it is published elsewhere with its format"),
            Map.entry("tags", "Each tag needs a label in both languages (i18n files): ask a developer for a new one"));

    private Hints() {
    }

    static @Nullable String of(String key) {
        return HINTS.get(key);
    }
}
