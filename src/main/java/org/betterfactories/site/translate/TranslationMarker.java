package org.betterfactories.site.translate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.betterfactories.site.config.SiteConfig;
import org.betterfactories.site.diag.Problem;
import org.betterfactories.site.model.Markup;
import org.betterfactories.site.model.Page;
import org.jspecify.annotations.Nullable;

/**
 * The {@code mark-translated} command: records in a translation which version of its source it now follows
 * (its {@code translationOf}), after an editor has brought it up to date. With {@code --minor}, given a source
 * page, it does so for all of the source's translations: the source's edit was minor (a typo) and needs no
 * new translation. Only that one line of each file changes; line endings and everything else stay as they were.
 */
public final class TranslationMarker {
    private static final Pattern MD_LINE = Pattern.compile("(?m)^translationOf:[^\\r\\n]*");
    private static final Pattern ADOC_LINE = Pattern.compile("(?m)^:translation-of:[^\\r\\n]*");

    /** What was changed, one line per file. */
    public record Change(String path, String before, String after) {
        @Override
        public String toString() {
            return path + ": translationOf " + (before == null ? "set to " : before + " -> ") + after;
        }
    }

    private final SiteConfig config;
    private final TranslationGraph graph;

    public TranslationMarker(SiteConfig config, TranslationGraph graph) {
        this.config = config;
        this.graph = graph;
    }

    /**
     * Marks {@code file} (a translation; or with {@code minor}, a source page's translations).
     *
     * @param problems receives what cannot be done (unknown file, no source ...)
     */
    public List<Change> mark(Path file, boolean minor, List<Problem> problems) throws IOException {
        String path = config.relative(file);
        Page page = graph.all().stream().flatMap(t -> t.byLanguageCode().values().stream())
                .filter(p -> p.path().equals(path)).findFirst().orElse(null);
        if (page == null) {
            problems.add(Problem.error(path, 0, 0, "this is not a content page of the site",
                    "Give the path of a file under " + config.relative(config.contentDir()) + "/"));
            return List.of();
        }
        Translation translation = graph.of(page);
        boolean isSource = page.language().equals(config.sourceLanguage());
        Page source = translation.in(config.sourceLanguage()).orElse(null);
        if (minor != isSource) {
            problems.add(Problem.error(path, 0, 0, isSource
                    ? "this is a source page (" + config.sourceLanguage().code() + "): its translations are marked"
                            + " from their own files"
                    : "--minor takes the source page whose edit was minor, not a translation",
                    isSource ? "Give the translation's file, or add --minor if this page's edit was minor"
                            : "Run it without --minor, or give " + (source == null ? "the source page" : source.path())));
            return List.of();
        }
        if (source == null) {
            problems.add(Problem.error(path, 0, 0, "this page has no " + config.sourceLanguage().code()
                    + " source to follow", "Create the source page first, or leave the page untracked"));
            return List.of();
        }
        String hash = SourceHash.of(source);
        List<Change> changes = new ArrayList<>();
        List<Page> targets = isSource
                ? translation.byLanguageCode().values().stream().filter(p -> !p.equals(source)).toList()
                : List.of(page);
        for (Page target : targets) {
            Change c = write(target, hash);
            if (c != null) {
                changes.add(c);
            }
        }
        return changes;
    }

    /** Sets the one line; returns null when it already had that value. */
    private static @Nullable Change write(Page page, String hash) throws IOException {
        Path file = page.file();
        String raw = Files.readString(file, StandardCharsets.UTF_8);
        String eol = raw.contains("\r\n") ? "\r\n" : "\n";
        boolean adoc = page.markup() == Markup.ASCIIDOC;
        String line = adoc ? ":translation-of: " + hash : "translationOf: " + hash;
        // only the front matter (AsciiDoc: the header) is looked at: the same words in the text stay as they are
        Matcher m = (adoc ? ADOC_LINE : MD_LINE).matcher(raw).region(0, insertionPoint(raw, adoc));
        String before = null;
        String updated;
        if (m.find()) {
            before = m.group().substring(m.group().indexOf(':', 1) + 1).strip();
            if (before.equals(hash)) {
                return null;
            }
            updated = raw.substring(0, m.start()) + line + raw.substring(m.end());
        } else {
            int at = insertionPoint(raw, adoc);
            boolean atEndWithoutNewline = at == raw.length() && !raw.isEmpty() && !raw.endsWith("\n");
            updated = raw.substring(0, at) + (atEndWithoutNewline ? eol + line : line + eol) + raw.substring(at);
        }
        // a linked file is changed where it is: the link stays a link
        Path real = file.toRealPath();
        Path tmp = real.resolveSibling("." + real.getFileName() + ".tmp");
        Files.writeString(tmp, updated, StandardCharsets.UTF_8);
        Files.move(tmp, real, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Change(page.path(), before, hash);
    }

    /**
     * Where a new line goes: Markdown, just before the closing {@code ---}; AsciiDoc, at the end of the
     * header (before its first blank line).
     */
    static int insertionPoint(String raw, boolean adoc) {
        int pos = 0;
        boolean first = true;
        while (pos < raw.length()) {
            int end = raw.indexOf('\n', pos);
            int next = end < 0 ? raw.length() : end + 1;
            String line = raw.substring(pos, end < 0 ? raw.length() : end).replace("\r", "").replace("\uFEFF", "");
            if (adoc ? (!first && line.isBlank()) : (!first && (line.strip().equals("---") || line.strip().equals("...")))) {
                return pos;
            }
            if (!adoc || !line.isBlank() || !first) {
                first = false;
            }
            pos = next;
        }
        return raw.length();
    }
}
