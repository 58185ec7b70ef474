package org.betterfactories.site.schema;

import java.util.Collection;

import org.betterfactories.site.diag.DidYouMean;

/**
 * The one message for a key that is not in its schema, wherever it is written (front matter, a group of settings
 * inside it, {@code site.yml}, its {@code newsletter:} block): "unknown key `sumary`. Did you mean `summary`?", then
 * the keys that are allowed there.
 */
public final class UnknownKey {
    private UnknownKey() {
    }

    /**
     * Reports {@code key} at {@code path} (its position in the file).
     *
     * @param written the key as the file writes it ({@code `summary`}, or {@code :summary:} in AsciiDoc)
     * @param where where it is, for the message ("" at the top of front matter, {@code in `quote`} ...)
     * @param allowedLabel what the list of allowed keys is ("Keys for type `page`", "Allowed here")
     */
    public static void report(FieldChecker check, String path, String key, String written, String where,
            Collection<String> allowed, String allowedLabel) {
        String hint = DidYouMean.hint(key, allowed);
        check.keyError(path, "unknown key " + written + (where.isEmpty() ? "" : " " + where),
                (hint.isEmpty() ? "" : hint + " ") + allowedLabel + ": " + String.join(", ", allowed));
    }
}
