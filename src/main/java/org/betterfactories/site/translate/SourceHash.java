package org.betterfactories.site.translate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.betterfactories.site.model.Page;

/**
 * The version of a source page that a translation follows: a short hash of everything a translator
 * translates (the body and the front matter, minus the keys that are about the file itself). A translation
 * records it as {@code translationOf}; when the source's hash changes, the translation is stale. Works
 * without git history (CI clones are shallow).
 */
public final class SourceHash {
    /** Keys whose change never calls for a new translation. */
    static final Set<String> IGNORED_KEYS = Set.of("translationOf", "review", "status", "source", "translationKey");

    private SourceHash() {
    }

    /** 8 hex digits, e.g. {@code 3f9a2c41}. */
    public static String of(Page page) {
        StringBuilder sb = new StringBuilder();
        Map<String, Object> keys = new TreeMap<>(page.frontMatter().values());
        keys.forEach((k, v) -> {
            if (!IGNORED_KEYS.contains(k)) {
                sb.append(k).append('=').append(v).append('\n');
            }
        });
        sb.append("\n").append(normalise(page.markupSource()));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Trailing spaces and blank lines at the end do not count as changes. */
    static String normalise(String body) {
        return body.replaceAll("[ \\t]+\\n", "\n").strip();
    }
}
