package org.betterfactories.site.i18n;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

import org.betterfactories.site.config.Language;
import org.betterfactories.site.config.SiteConfig;
import org.betterfactories.site.content.ContentSchema;
import org.betterfactories.site.content.Terminology;
import org.betterfactories.site.diag.Problem;
import org.betterfactories.site.diag.Problems;
import org.betterfactories.site.model.Page;
import org.betterfactories.site.model.PageType;
import org.betterfactories.site.reuse.Reuse;
import org.betterfactories.site.reuse.Stamp;
import org.betterfactories.site.source.Position;
import org.betterfactories.site.source.SourceFile;

/**
 * Loads {@code i18n/<lang>.properties} (UTF-8) for every site language and checks that all files have the
 * same keys: a key missing from one file is an error naming the key and the file.
 */
public final class MessagesLoader {

    /** Keys the builder itself uses (templates use more; a template asking for a missing one fails). */
    public static final List<String> REQUIRED_KEYS = requiredKeys();

    private MessagesLoader() {
    }

    private static List<String> requiredKeys() {
        List<String> keys = new ArrayList<>(List.of("site.name", "site.description", "switcher.missing",
                "tags.title", "notfound.title", "guide.article", "download.report", "download.sheet",
                "facet.type.title", "facet.year.title", "guide.all.title", "translation.stale",
                "translation.readSource", "newsletter.success", "newsletter.error", "newsletter.sending", "feed.title",
                "share.imageAlt", "search.title"));
        for (PageType t : PageType.values()) {
            keys.add("type." + t.id());
        }
        for (String t : ContentSchema.PUBLICATION_TYPES) {
            keys.add("pubType." + t);
        }
        for (Language l : Language.KNOWN) {
            keys.add("language." + l.code());
        }
        return List.copyOf(keys);
    }

    /**
     * Every tag a page uses needs a label ({@code tag.<slug>}) in every language, so that tag pages pair
     * across languages; reported at the tag in the content file.
     */
    public static void checkTagLabels(List<Page> pages, Map<Language, Messages> messages, Problems problems) {
        for (Page page : pages) {
            for (int i = 0; i < page.tags().size(); i++) {
                String key = "tag." + page.tags().get(i);
                for (Messages m : messages.values()) {
                    if (!m.has(key)) {
                        problems.add(page.source().error(page.frontMatter().valuePosition("tags[" + i + "]"),
                                "the tag `" + page.tags().get(i) + "` has no label in i18n/" + m.language().code()
                                        + ".properties", "Add a line `" + key + "=...` to i18n/"
                                        + m.language().code() + ".properties, or use an existing tag"));
                    }
                }
            }
        }
    }

    /** Returns the strings per language; errors go to {@code problems}. */
    /** UI strings as loaded, with the problems found in them. */
    private record Loaded(Map<Language, Messages> messages, List<Problem> problems) {
    }

    /**
     * The UI strings, loaded again only when a file of {@code i18n/} (or the site's languages) changed since a
     * build that kept them ({@code reuse}); their problems are reported every time.
     */
    public static Map<Language, Messages> load(SiteConfig config, Problems problems, Reuse reuse) {
        Loaded loaded = reuse.remember("messages", "", () -> Stamp.ofFolder(config.i18nDir()) + config.languages(),
                () -> {
                    Problems found = new Problems();
                    return new Loaded(load(config, found), found.sorted());
                });
        problems.addAll(loaded.problems());
        return loaded.messages();
    }

    public static Map<Language, Messages> load(SiteConfig config, Problems problems) {
        Map<Language, Messages> result = new LinkedHashMap<>();
        Map<Language, SourceFile> sources = new LinkedHashMap<>();
        Map<Language, Map<String, Integer>> lines = new LinkedHashMap<>();
        for (Language language : config.languages()) {
            Path file = config.i18nDir().resolve(language.code() + ".properties");
            String path = config.relative(file);
            if (!Files.isRegularFile(file)) {
                problems.error(path, 0, 0, "the UI strings for " + language.code() + " are missing",
                        "Create " + path + " with the same keys as the other languages' files");
                continue;
            }
            SourceFile source;
            try {
                source = SourceFile.read(file, path);
            } catch (SourceFile.InvalidTextException e) {
                problems.add(e.problem());
                continue;
            } catch (IOException e) {
                problems.error(path, 0, 0, "cannot read the file: " + e.getMessage(), "Check its permissions");
                continue;
            }
            Properties props = new Properties();
            try {
                props.load(new StringReader(source.text()));
            } catch (IOException | IllegalArgumentException e) {
                problems.error(path, 0, 0, "the file cannot be read: " + e.getMessage(),
                        "Write one `key=value` per line; check for a stray backslash");
                continue;
            }
            Map<String, Integer> keyLines = keyLines(source, problems);
            Map<String, String> strings = new LinkedHashMap<>();
            for (String key : props.stringPropertyNames()) {
                strings.put(key, props.getProperty(key));
            }
            sources.put(language, source);
            lines.put(language, keyLines);
            result.put(language, new Messages(language, strings));
        }
        TreeSet<String> allKeys = new TreeSet<>();
        lines.values().forEach(m -> allKeys.addAll(m.keySet()));
        for (Language language : lines.keySet()) {
            for (String key : REQUIRED_KEYS) {
                if (!allKeys.contains(key)) {
                    problems.error(sources.get(language).path(), 0, 0, "the UI string `" + key + "` is missing",
                            "Add a line `" + key + "=...` with the " + language.nativeName() + " text");
                }
            }
        }
        for (Language language : lines.keySet()) {
            SourceFile source = sources.get(language);
            for (String key : allKeys) {
                if (!lines.get(language).containsKey(key)) {
                    Language other = lines.keySet().stream().filter(l -> lines.get(l).containsKey(key)).findFirst()
                            .orElseThrow();
                    String otherPath = sources.get(other).path();
                    problems.error(source.path(), 0, 0, "the UI string `" + key + "` is missing (it is in "
                            + otherPath + ":" + lines.get(other).get(key) + ")",
                            "Add a line `" + key + "=...` to " + source.path() + " with the " + language.nativeName()
                                    + " text");
                }
            }
        }
        checkArguments(sources, lines, result, config.sourceLanguage(), problems);
        return result;
    }

    /**
     * Every message is valid ICU MessageFormat ({@code {name}}, {@code {count, plural, one {# page} other
     * {# pages}}}), and a key's message names the same arguments in every language as in the source language
     * ({@code reference}): the builder fills in the
     * names it knows, so a translated name would be left as it is on the page.
     */
    private static void checkArguments(Map<Language, SourceFile> sources, Map<Language, Map<String, Integer>> lines,
            Map<Language, Messages> messages, Language reference, Problems problems) {
        Map<String, Map<Language, java.util.Set<String>>> byKey = new java.util.TreeMap<>();
        for (Map.Entry<Language, Messages> e : messages.entrySet()) {
            SourceFile source = sources.get(e.getKey());
            for (Map.Entry<String, String> m : e.getValue().all().entrySet()) {
                int line = lines.get(e.getKey()).getOrDefault(m.getKey(), 0);
                try {
                    byKey.computeIfAbsent(m.getKey(), k -> new LinkedHashMap<>()).put(e.getKey(),
                            Messages.argumentNames(m.getValue()));
                } catch (IllegalArgumentException ex) {
                    problems.error(source.path(), line, 1, "the UI string `" + m.getKey() + "` is not a valid message ("
                            + ex.getMessage() + ")", "Write arguments as {name}, plurals as {count, plural, one {# page}"
                                    + " other {# pages}}, and a literal brace or apostrophe between apostrophes: '{'");
                }
            }
        }
        byKey.forEach((key, perLanguage) -> {
            // translations are checked against the language they are made from
            Map.Entry<Language, java.util.Set<String>> first = perLanguage.containsKey(reference)
                    ? Map.entry(reference, perLanguage.get(reference)) : perLanguage.entrySet().iterator().next();
            perLanguage.forEach((language, names) -> {
                if (!names.equals(first.getValue())) {
                    SourceFile source = sources.get(language);
                    problems.error(source.path(), lines.get(language).getOrDefault(key, 0), 1, "the UI string `" + key
                            + "` names the arguments " + names + ", but " + sources.get(first.getKey()).path() + ":"
                            + lines.get(first.getKey()).getOrDefault(key, 0) + " names " + first.getValue(),
                            "Keep the names in braces as they are in every language; translate only the text around"
                                    + " them");
                }
            });
        });
    }

    /** The line of each key; a key written twice is an error (java.util.Properties would keep the last). */
    private static Map<String, Integer> keyLines(SourceFile source, Problems problems) {
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        List<String> lines = source.lines();
        boolean continuation = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String trimmed = line.stripLeading();
            boolean wasContinuation = continuation;
            continuation = endsWithOddBackslashes(line);
            if (wasContinuation || trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                continue;
            }
            int end = 0;
            while (end < trimmed.length()) {
                char c = trimmed.charAt(end);
                if (c == '\\') {
                    end += 2;
                    continue;
                }
                if (c == '=' || c == ':' || Character.isWhitespace(c)) {
                    break;
                }
                end++;
            }
            String key = unescape(trimmed.substring(0, Math.min(end, trimmed.length())));
            if (keyLines.containsKey(key)) {
                problems.add(source.error(new Position(i + 1, line.length() - trimmed.length() + 1),
                        "the UI string `" + key + "` is defined twice (first on line " + keyLines.get(key) + ")",
                        "Keep one of the two lines"));
            } else {
                keyLines.put(key, i + 1);
            }
        }
        return keyLines;
    }

    private static boolean endsWithOddBackslashes(String line) {
        int n = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }

    private static String unescape(String key) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(key + "=x"));
        } catch (IOException e) {
            return key;
        }
        return p.stringPropertyNames().stream().findFirst().orElse(key);
    }

    /** The Khmer interface strings, checked against the site's terms (a variant to avoid gets a warning). */
    public static void checkTerms(SiteConfig config, Terminology terminology, Problems problems) {
        Path file = config.i18nDir().resolve("km.properties");
        if (terminology.terms().isEmpty() || !Files.isRegularFile(file)) {
            return;
        }
        try {
            terminology.check(SourceFile.read(file, config.relative(file)), 1, problems::add);
        } catch (IOException | SourceFile.InvalidTextException e) {
            // reported when the strings are loaded
        }
    }
}
