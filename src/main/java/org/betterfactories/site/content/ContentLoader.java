package org.betterfactories.site.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.betterfactories.site.config.Digits;
import org.betterfactories.site.config.Language;
import org.betterfactories.site.config.SiteConfig;
import org.betterfactories.site.diag.DidYouMean;
import org.betterfactories.site.diag.Failures;
import org.betterfactories.site.diag.IoProblems;
import org.betterfactories.site.diag.Problem;
import org.betterfactories.site.diag.Problems;
import org.betterfactories.site.model.Markup;
import org.betterfactories.site.model.Page;
import org.betterfactories.site.model.PageType;
import org.betterfactories.site.model.Urls;
import org.betterfactories.site.reuse.Reuse;
import org.betterfactories.site.reuse.Stamp;
import org.betterfactories.site.schema.Field;
import org.betterfactories.site.schema.FieldChecker;
import org.betterfactories.site.schema.UnknownKey;
import org.betterfactories.site.schema.ValueType;
import org.betterfactories.site.source.Position;
import org.betterfactories.site.source.ProjectFiles;
import org.betterfactories.site.source.SourceFile;
import org.betterfactories.site.source.YamlMap;
import org.betterfactories.site.work.Parallel;
import org.jspecify.annotations.Nullable;

/**
 * Stage 2: walks {@code content/<lang>/}, reads every file's front matter and body, and checks every value
 * against the content model ({@link ContentSchema}). Problems are collected for all files; nothing is
 * skipped silently.
 */
public final class ContentLoader {
    private static final List<String> ALL_KEYS = allKeys();

    private final SiteConfig config;
    private final Terminology terminology;

    public ContentLoader(SiteConfig config) {
        this(config, Terminology.none());
    }

    /** @param terminology the Khmer terms to use: Khmer pages that write a variant get a warning */
    public ContentLoader(SiteConfig config, Terminology terminology) {
        this.config = config;
        this.terminology = terminology;
    }

    /** Loads every content file, drafts included, sorted by path. */
    public List<Page> load(Problems problems) {
        return load(problems, Reuse.NOTHING, () -> "");
    }

    /** A content file as read and checked, with the problems found in it. */
    private record Loaded(@Nullable Page page, List<Problem> problems) {
    }

    /**
     * Loads every content file, drafts included, sorted by path. A file is read again only when its size or
     * time changed, or the assets it may name did ({@code reuse}); its problems are reported every time.
     *
     * @param assets a stamp of the assets folder (pages check that the images and downloads they name exist)
     */
    public List<Page> load(Problems problems, Reuse reuse, Supplier<String> assets) {
        List<Path> files = new ArrayList<>();
        Map<Path, Language> languageOf = new LinkedHashMap<>();
        Map<Path, Stamp> stamps = new HashMap<>();
        for (Path entry : list(config.contentDir())) {
            String name = entry.getFileName().toString();
            if (name.startsWith(".")) {
                continue;
            }
            String rel = config.relative(entry);
            if (!Files.isDirectory(entry)) {
                problems.error(rel, 0, 0, "content files belong in a language folder",
                        "Move it to " + config.languages().stream().map(l -> "content/" + l.code() + "/")
                                .reduce((a, b) -> a + " or " + b).orElse("content/<lang>/"));
                continue;
            }
            Language language = config.languages().stream().filter(l -> l.code().equals(name)).findFirst()
                    .orElse(null);
            if (language == null) {
                List<String> codes = config.languages().stream().map(Language::code).toList();
                String hint = DidYouMean.hint(name, codes);
                String fix = Language.byCode(name).isPresent()
                        ? "Add `" + name + "` to `languages:` in site.yml, or move the files to "
                                + String.join(" or ", codes.stream().map(c -> "content/" + c + "/").toList())
                        : "Rename the folder to one of: " + String.join(", ", codes);
                problems.error(rel, 0, 0, "the folder `" + name + "` is not one of the site's languages ("
                        + String.join(", ", codes) + ")", (hint.isEmpty() ? "" : hint + " ") + fix);
                continue;
            }
            for (Map.Entry<Path, Stamp> f : walk(entry, problems).entrySet()) {
                files.add(f.getKey());
                languageOf.put(f.getKey(), language);
                stamps.put(f.getKey(), f.getValue());
            }
        }
        reuse.keepOnly(KIND, files);
        return Parallel.map(List.copyOf(files), (Path f) -> {
                    Loaded loaded = reuse.remember(KIND, f, () -> List.of(stamps.get(f), assets.get(),
                            terminology.fingerprint(), config.digitGrouping()), () -> {
                        Problems found = new Problems();
                        return new Loaded(loadFile(f, languageOf.get(f), found), found.sorted());
                    });
                    problems.addAll(loaded.problems());
                    return loaded.page();
                }).stream()
                .sorted(Comparator.comparing(Page::path))
                .toList();
    }

    private static final String KIND = "content-file";

    /**
     * Reads and checks one file; returns {@code null} (with problems recorded) when it cannot be used. Whatever
     * goes wrong while reading it becomes a problem naming the file: one bad file never stops the others.
     */
    @Nullable Page loadFile(Path file, Language language, Problems problems) {
        try {
            return readFile(file, language, problems);
        } catch (RuntimeException | StackOverflowError e) {
            problems.error(config.relative(file), 0, 0, "this file could not be read: " + Failures.describe(e),
                    "Look for unusual text in it (very long or deeply nested lines); if it looks right, report this"
                            + " to the developers with the file");
            return null;
        }
    }

    private @Nullable Page readFile(Path file, Language language, Problems problems) {
        String path = config.relative(file);
        Path langDir = config.contentDir().resolve(language.code());
        String contentPath = langDir.relativize(file).toString().replace('\\', '/');
        String fileName = file.getFileName().toString();
        if (!isAscii(contentPath)) {
            problems.error(path, 0, 0, "the file or folder name `" + contentPath + "` has non-ASCII letters",
                    "Rename it with English letters, digits and hyphens (web addresses are made from file names); "
                            + "the title can stay in Khmer");
            return null;
        }
        Markup markup = Markup.forFileName(fileName).orElse(null);
        if (markup == null) {
            problems.error(path, 0, 0, "`" + fileName + "` is not a content file: content/ holds only Markdown (.md) "
                    + "and AsciiDoc (.adoc) files", "Move images to assets/img/ and downloads to assets/files/");
            return null;
        }
        SourceFile source;
        try {
            source = SourceFile.read(file, path);
        } catch (SourceFile.InvalidTextException e) {
            problems.add(e.problem());
            return null;
        } catch (IOException e) {
            problems.error(path, 0, 0, "the file cannot be read: " + IoProblems.reason(e), "Check its permissions");
            return null;
        }
        List<Problem> found = new ArrayList<>();
        FrontMatter fm = markup == Markup.MARKDOWN
                ? FrontMatter.parseMarkdown(source, found)
                : FrontMatter.parseAsciidoc(source, ALL_KEYS, found);
        if (fm != null && markup == Markup.MARKDOWN) {
            MarkdownLimits.check(source, fm.bodyLine(), found);
        }
        if (language.code().equals("km")) {
            terminology.check(source, 1, found::add);
            if (config.digits() == Digits.KHMER) {
                DigitGroupingCheck.check(source, config.digitGrouping(), found::add);
            }
        }
        Page page = fm == null ? null : toPage(file, source, language, contentPath, markup, fm, found);
        problems.addAll(found);
        return found.stream().anyMatch(Problem::isError) ? null : page;
    }

    private @Nullable Page toPage(Path file, SourceFile source, Language language, String contentPath, Markup markup,
            FrontMatter fm, List<Problem> found) {
        YamlMap values = fm.values();
        FieldChecker check = new FieldChecker(source, values, config.assetDir(), found);
        String[] parts = contentPath.split("/");
        String baseName = stripExtension(parts[parts.length - 1]);
        boolean isIndex = baseName.equals("_index");
        String section = parts.length > 1 ? parts[0] : "";
        PageType type = type(values, section, isIndex, markup, check);
        Map<String, Object> params = typedValues(values, type, markup, source, check, found);
        checkTogether(params, values, language, type, check);
        String url = url(parts, baseName, isIndex, (String) params.get("slug"), language, markup, source, check, found);
        String explicitKey = (String) params.get("translationKey");
        String translationKey = explicitKey != null ? "key:" + explicitKey : "path:" + stripExtension(contentPath);
        @SuppressWarnings("unchecked")
        List<String> tags = (List<String>) params.getOrDefault("tags", List.of());
        if (found.stream().anyMatch(Problem::isError)) {
            return null; // the typed model holds checked values only
        }
        return new Page(source, file, language, contentPath, markup, type, section,
                (String) params.getOrDefault("title", ""), (LocalDate) params.get("date"),
                "draft".equals(params.get("status")), (String) params.get("summary"), tags, url, translationKey,
                "needed".equals(params.get("review")), TypedFields.common(params), TypedFields.of(type, params), values,
                fm.markupSource(), fm.bodyLine());
    }

    /** The page's type: its folder's, or the one {@code type:} names (list types only for _index files). */
    private static PageType type(YamlMap values, String section, boolean isIndex, Markup markup, FieldChecker check) {
        PageType type = PageType.defaultFor(section, isIndex);
        if (values.get("type") instanceof String t) {
            PageType explicit = PageType.byId(t.strip()).orElse(null);
            if (explicit != null) {
                if (explicit.isList() != isIndex) {
                    check.error("type", isIndex
                            ? "`type: " + t + "` cannot be used for an _index file, which lists its folder"
                            : "`type: " + t + "` is only for _index files",
                            isIndex ? "Remove the line, or use type: home, section or guide"
                                    : "Use another type, or rename the file to _index." + markup.extension());
                }
                type = explicit;
            }
        }
        return type;
    }

    /** The front matter's values checked and converted by the type's schema; unknown and missing keys reported. */
    private static Map<String, Object> typedValues(YamlMap values, PageType type, Markup markup, SourceFile source,
            FieldChecker check, List<Problem> found) {
        Map<String, Field> fields = ContentSchema.fieldsFor(type);
        Map<String, Object> params = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : values.values().entrySet()) {
            String key = e.getKey();
            Field field = fields.get(key);
            if (field == null) {
                reportUnknownKey(key, type, fields.keySet(), markup, check);
                continue;
            }
            if (e.getValue() == null) {
                check.error(key, "`" + key + "` is empty", "Write a value after the colon or remove the line");
                continue;
            }
            Object v = field.type().convert(e.getValue(), key, check);
            if (v != null) {
                params.put(key, v);
            }
        }
        for (Field field : fields.values()) {
            if (field.required() && !values.has(field.name())) {
                String how = markup == Markup.ASCIIDOC
                        ? "Add a header line `:" + FrontMatter.kebab(field.name()) + ": ...`"
                        : "Add a line `" + field.name() + ": ...` to the front matter";
                String who = ContentSchema.isCommonRequirement(field.name()) ? "every page needs it"
                        : type.id() + " pages need it";
                found.add(source.error(values.start(), "`" + field.name() + "` is missing: " + who + " ("
                        + field.type().describe() + ")", how));
            }
        }
        return params;
    }

    /** The page's site path, from its folders and file name (or {@code slug}), which must suit a web address. */
    private static String url(String[] parts, String baseName, boolean isIndex, @Nullable String slug,
            Language language, Markup markup, SourceFile source, FieldChecker check, List<Problem> found) {
        if (slug != null && isIndex) {
            check.error("slug", "an _index file cannot have a slug: its address is its folder's", "Remove the line");
        }
        List<String> segments = new ArrayList<>(List.of(parts).subList(0, parts.length - 1));
        for (String folder : segments) {
            if (!ValueType.SLUG.matcher(folder).matches()) {
                found.add(source.error(Position.START, "the folder name `" + folder + "` cannot be used in a web address",
                        "Rename the folder with lower-case English letters, digits and hyphens"));
            }
        }
        if (!isIndex) {
            if (slug == null && !ValueType.SLUG.matcher(baseName).matches()) {
                found.add(source.error(Position.START, "the file name `" + baseName + "` cannot be used in a web address",
                        "Rename the file with lower-case English letters, digits and hyphens (e.g. annual-report-2020."
                                + markup.extension() + "), or add a `slug:`"));
            }
            segments.add(slug != null ? slug : baseName);
        }
        return Urls.page(language, segments);
    }

    /** Rules that involve more than one key. */
    @SuppressWarnings("unchecked")
    private static void checkTogether(Map<String, Object> params, YamlMap raw, Language language, PageType type,
            FieldChecker check) {
        if (params.containsKey("lang") && !language.code().equals(params.get("lang"))) {
            check.error("lang", "`lang: " + params.get("lang") + "` does not match the folder content/"
                    + language.code() + "/", "Remove the line (the folder sets the language) or move the file");
        }
        if (params.containsKey("image") && !params.containsKey("imageAlt")) {
            check.error("image", "the image has no alt text",
                    "Add `imageAlt:` describing what the image shows, for readers who cannot see it");
        }
        if (params.containsKey("photo")) {
            if (!params.containsKey("photoAlt")) {
                check.error("photo", "the photo has no alt text", "Add `photoAlt:` describing the photo");
            }
            if (!params.containsKey("photoConsent")) {
                check.error("photo", "the photo has no recorded consent",
                        "Add `photoConsent: yyyy-MM-dd`, the date the person gave written consent to publish "
                                + "their photo; without consent, remove the photo");
            }
        }
        Object files = params.get("files");
        if (files instanceof List<?> list) {
            List<?> rawFiles = raw.get("files") instanceof List<?> l ? l : List.of();
            for (int i = 0; i < list.size(); i++) {
                Map<String, Object> f = (Map<String, Object>) list.get(i);
                // what was written, valid or not (an invalid path is reported on its own)
                Map<?, ?> written = i < rawFiles.size() && rawFiles.get(i) instanceof Map<?, ?> m ? m : f;
                String at = "files[" + i + "]";
                boolean hasPath = written.containsKey("path");
                boolean hasUrl = written.containsKey("url");
                if (hasPath == hasUrl) {
                    check.error(at, hasPath ? "a file has both `path` and `url`" : "a file has neither `path` nor `url`",
                            "Give `path:` for a file in assets/files/, or `url:` for a file published elsewhere");
                }
                if (hasPath && f.containsKey("size")) {
                    check.error(at + ".size", "`size` is measured from the file itself",
                            "Remove `size:` for files in assets/");
                }
                if (hasUrl && !f.containsKey("format")) {
                    check.error(at + ".url", "a file published elsewhere needs its `format`",
                            "Add `format:` (one of " + String.join(", ", ContentSchema.FILE_FORMATS) + ")");
                }
                if (f.containsKey("path") && !f.containsKey("format") && formatOf((String) f.get("path")) == null) {
                    check.error(at + ".path", "the format of `" + f.get("path") + "` is not known from its name",
                            "Add `format:` (one of " + String.join(", ", ContentSchema.FILE_FORMATS) + ")");
                }
            }
        }
    }

    private static void reportUnknownKey(String key, PageType type, Set<String> allowed, Markup markup,
            FieldChecker check) {
        String written = markup == Markup.ASCIIDOC ? ":" + FrontMatter.kebab(key) + ":" : "`" + key + "`";
        List<String> otherTypes = List.of(PageType.values()).stream()
                .filter(t -> ContentSchema.fieldsFor(t).containsKey(key))
                .map(PageType::id)
                .toList();
        if (!otherTypes.isEmpty()) {
            check.keyError(key, written + " is not used on " + type.id() + " pages (only on "
                    + String.join(", ", otherTypes) + " pages)", "Remove the line, or set the right `type:`");
            return;
        }
        if (key.equals("lastReviewed") && allowed.contains("sourcesChecked")) {
            String checked = markup == Markup.ASCIIDOC ? ":sources-checked:" : "`sourcesChecked`";
            String review = markup == Markup.ASCIIDOC ? ":legal-review:" : "`legalReview`";
            check.keyError(key, written + " is no longer used: it claimed a review that nobody recorded",
                    "Write " + checked + " with the date the text was checked against its sources; " + review
                            + " (date, reviewer) is added by a person after a lawyer has reviewed the chapter");
            return;
        }
        UnknownKey.report(check, key, key, written, "", allowed, "Keys for type `" + type.id() + "`");
    }

    /** The file format implied by a file name's extension ({@code report.pdf} is PDF), or null. */
    public static @Nullable String formatOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        String ext = fileName.substring(dot + 1).toUpperCase(Locale.ROOT);
        return ContentSchema.FILE_FORMATS.contains(ext) ? ext : null;
    }

    static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static boolean isAscii(String s) {
        return s.chars().allMatch(c -> c >= 0x20 && c < 0x7F);
    }

    private static List<String> allKeys() {
        Set<String> keys = new LinkedHashSet<>();
        for (PageType t : PageType.values()) {
            keys.addAll(ContentSchema.fieldsFor(t).keySet());
        }
        keys.add("lastReviewed"); // retired: read, so that its AsciiDoc attribute is reported with what replaced it
        return List.copyOf(keys);
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The regular files under {@code dir} (hidden ones left out; links followed only inside the project), sorted,
     * each with the size and time read while walking: one look at each file, which a preview of thousands of
     * pages repeats on every save.
     */
    private Map<Path, Stamp> walk(Path dir, Problems problems) {
        Map<Path, Stamp> found = new TreeMap<>();
        ProjectFiles.walk(dir, config.projectDir(), config::relative, problems::add)
                .forEach((file, attrs) -> found.put(file, Stamp.of(attrs)));
        return found;
    }
}
