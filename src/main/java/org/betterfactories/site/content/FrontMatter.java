package org.betterfactories.site.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.betterfactories.site.diag.DidYouMean;
import org.betterfactories.site.diag.Problem;
import org.betterfactories.site.source.Position;
import org.betterfactories.site.source.SourceFile;
import org.betterfactories.site.source.YamlMap;
import org.betterfactories.site.source.YamlReader;
import org.jspecify.annotations.Nullable;

/**
 * A content file split into its metadata (YAML front matter, or AsciiDoc header attributes) and its body.
 *
 * @param values the metadata, with positions
 * @param markupSource the text the markup engine renders (Markdown: the body; AsciiDoc: the whole file,
 *     so that Asciidoctor sees the header's attributes)
 * @param bodyLine the 1-based line on which the body starts
 */
public record FrontMatter(YamlMap values, String markupSource, int bodyLine) {

    private static final Pattern KEY_LINE = Pattern.compile("^[A-Za-z][A-Za-z0-9_-]*:(\\s|$).*");
    private static final Pattern ADOC_ATTRIBUTE = Pattern.compile("^:(!?)([A-Za-z0-9_][A-Za-z0-9_-]*)(!?):(?:\\s+(.*))?$");

    /** Asciidoctor's own header attributes, passed to Asciidoctor and not part of the content model. */
    static final List<String> ASCIIDOC_BUILT_INS = List.of("toc", "toclevels", "toc-title", "sectanchors",
            "sectlinks", "sectnums", "sectnumlevels", "idprefix", "idseparator", "icons", "experimental",
            "imagesdir", "description", "keywords", "doctype", "nofooter", "hardbreaks", "source-highlighter",
            "xrefstyle", "figure-caption", "table-caption", "example-caption", "appendix-caption",
            "caution-caption", "important-caption", "note-caption", "tip-caption", "warning-caption",
            "author", "email", "revnumber", "revdate", "revremark", "stem", "leveloffset", "chapter-signifier",
            "outlinelevels", "showtitle", "notitle");

    /**
     * Splits a Markdown file: front matter between a first line {@code ---} and the next {@code ---} line.
     * Problems (no front matter, not closed, bad YAML) are added to {@code problems}; the result is then
     * {@code null}.
     */
    public static @Nullable FrontMatter parseMarkdown(SourceFile file, List<Problem> problems) {
        List<String> lines = file.lines();
        if (file.text().isBlank()) {
            problems.add(file.error(Position.START, "the file is empty",
                    "Write front matter between two --- lines (at least `title:`), then the text, or delete the file"));
            return null;
        }
        String first = lines.get(0).strip();
        if (!first.equals("---")) {
            if (KEY_LINE.matcher(lines.get(0)).matches()) {
                problems.add(file.error(Position.START, "the front matter has no opening --- line",
                        "Did you forget `---`? Add a line with three hyphens before `" + lines.get(0).strip() + "`"));
            } else {
                problems.add(file.error(Position.START, "the file has no front matter",
                        "Did you forget `---`? Start the file with a line `---`, then `title: ...` and the other "
                                + "settings, then another `---` line before the text"));
            }
            return null;
        }
        int close = -1;
        for (int i = 1; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.equals("---") || l.equals("...")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            int end = settingsEnd(lines);
            String after = end > 1 ? "after the last setting `" + lines.get(end - 1).strip() + "`" : "after line 1";
            problems.add(file.error(new Position(Math.min(end + 1, lines.size()), 1), "the front matter that starts"
                    + " at line 1 is not closed: the settings end " + (end < lines.size() ? "before this line" : "here"),
                    "Did you forget `---`? Add a line with three hyphens " + after + ", before the text"));
            return null;
        }
        String yaml = String.join("\n", lines.subList(1, close));
        List<Problem> yamlProblems = new ArrayList<>();
        YamlMap values = YamlReader.read(file, yaml, 2, yamlProblems);
        problems.addAll(yamlProblems);
        if (!yamlProblems.isEmpty()) {
            return null;
        }
        if (values.values().isEmpty()) {
            problems.add(file.error(Position.START, "the front matter is empty",
                    "Add at least `title: ...` between the two --- lines"));
            return null;
        }
        String body = String.join("\n", lines.subList(close + 1, lines.size()));
        return new FrontMatter(values, body, close + 2);
    }

    /**
     * Where unclosed front matter should have ended: the index of the first line after line 1 that is not a
     * setting (a {@code key:} line, an indented or {@code - } continuation, a comment): usually the blank line
     * before the text.
     */
    private static int settingsEnd(List<String> lines) {
        for (int i = 1; i < lines.size(); i++) {
            String l = lines.get(i);
            boolean setting = KEY_LINE.matcher(l).matches() || l.startsWith(" ") || l.startsWith("\t")
                    || l.startsWith("- ") || l.startsWith("#");
            if (!setting) {
                return i;
            }
        }
        return lines.size();
    }

    /**
     * Reads an AsciiDoc file's header: the document title ({@code = Title}) and the attribute lines after it,
     * up to the first blank line. Attribute names in kebab case map to the content model's keys
     * ({@code :last-reviewed:} is {@code lastReviewed}); Asciidoctor's own attributes are left to Asciidoctor.
     *
     * @param modelKeys the content model's keys, to map attribute names and to catch misspelt ones
     */
    public static @Nullable FrontMatter parseAsciidoc(SourceFile file, List<String> modelKeys, List<Problem> problems) {
        List<String> lines = file.lines();
        int i = 0;
        while (i < lines.size() && (lines.get(i).isBlank() || lines.get(i).startsWith("//"))) {
            i++;
        }
        if (i >= lines.size() || !lines.get(i).startsWith("= ")) {
            Position at = i < lines.size() ? new Position(i + 1, 1) : Position.START;
            problems.add(file.error(at, "the AsciiDoc file has no document title",
                    "Start the file with a line `= Title`, followed by the attribute lines (`:type: guide-section`) "
                            + "and a blank line"));
            return null;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Position> valuePositions = new LinkedHashMap<>();
        Map<String, Position> keyPositions = new LinkedHashMap<>();
        String titleLine = lines.get(i);
        String title = titleLine.substring(2).strip();
        values.put("title", title);
        keyPositions.put("title", new Position(i + 1, 1));
        valuePositions.put("title", new Position(i + 1, 3));
        Map<String, String> byNormalName = new LinkedHashMap<>();
        for (String key : modelKeys) {
            byNormalName.put(normal(key), key);
        }
        int startLine = i + 1;
        i++;
        boolean sawAttribute = false;
        for (; i < lines.size() && !lines.get(i).isBlank(); i++) {
            String line = lines.get(i);
            if (line.startsWith("//")) {
                continue;
            }
            Matcher m = ADOC_ATTRIBUTE.matcher(line);
            if (!m.matches()) {
                if (!sawAttribute && i == startLine) {
                    continue; // the author line
                }
                problems.add(file.error(new Position(i + 1, 1), "this header line is not an attribute",
                        "Write header attributes as `:name: value`, or leave a blank line between the header and the text"));
                continue;
            }
            sawAttribute = true;
            String name = m.group(2);
            if (!m.group(1).isEmpty() || !m.group(3).isEmpty()) {
                continue; // unsetting an attribute: Asciidoctor's business
            }
            StringBuilder value = new StringBuilder(m.group(4) == null ? "" : m.group(4).strip());
            int valueColumn = m.group(4) == null ? line.length() + 1 : m.start(4) + 1;
            int attrLine = i + 1;
            while (value.toString().endsWith(" \\") && i + 1 < lines.size()) {
                value.setLength(value.length() - 2);
                i++;
                value.append(' ').append(lines.get(i).strip());
            }
            String key = byNormalName.get(normal(name));
            if (key == null) {
                String lower = name.toLowerCase(Locale.ROOT);
                if (!ASCIIDOC_BUILT_INS.contains(lower)) {
                    String hint = DidYouMean.hint(normal(name), byNormalName.keySet());
                    if (!hint.isEmpty()) {
                        String suggestion = byNormalName.get(DidYouMean.closest(normal(name), byNormalName.keySet())
                                .orElseThrow());
                        problems.add(file.error(new Position(attrLine, 2), "unknown attribute `:" + name + ":`",
                                "Did you mean `:" + kebab(suggestion) + ":`?"));
                    }
                }
                continue;
            }
            if (!name.equals(kebab(key)) && !key.equals("lastReviewed")) {
                problems.add(file.warning(new Position(attrLine, 2), "`:" + name + ":` is written `:" + kebab(key)
                        + ":` in AsciiDoc (words in lower case, joined by hyphens)", "Write `:" + kebab(key) + ":`"));
            }
            values.put(key, value.toString());
            keyPositions.put(key, new Position(attrLine, 2));
            valuePositions.put(key, new Position(attrLine, valueColumn));
        }
        YamlMap map = YamlMap.of(values, valuePositions, keyPositions, new Position(startLine, 1));
        return new FrontMatter(map, file.text(), i + 2);
    }

    /** {@code lastReviewed} as an AsciiDoc attribute name: {@code last-reviewed}. */
    public static String kebab(String key) {
        return key.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static String normal(String name) {
        return name.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
    }
}
