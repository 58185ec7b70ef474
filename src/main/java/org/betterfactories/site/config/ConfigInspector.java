package org.betterfactories.site.config;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.betterfactories.site.diag.BuildFailedException;
import org.betterfactories.site.diag.DidYouMean;
import org.betterfactories.site.diag.ExitCode;
import org.betterfactories.site.diag.IoProblems;
import org.betterfactories.site.diag.Problem;
import org.betterfactories.site.diag.Problems;
import org.betterfactories.site.schema.Field;
import org.betterfactories.site.schema.FieldChecker;
import org.betterfactories.site.schema.UnknownKey;
import org.betterfactories.site.schema.ValueType;
import org.betterfactories.site.source.Position;
import org.betterfactories.site.source.SourceFile;
import org.betterfactories.site.source.YamlMap;
import org.betterfactories.site.source.YamlReader;
import org.jspecify.annotations.Nullable;

/**
 * Stage 1: reads {@code site.yml} and checks it, and that the folders JBake's configuration names
 * ({@code jbake.properties}: content, templates, assets) and {@code i18n/} exist. Any problem here is a
 * configuration error (exit code 2).
 */
public final class ConfigInspector {
    public static final String FILE = "site.yml";

    static final List<String> KEYS = List.of("baseUrl", "languages", "defaultLanguage", "sourceLanguage", "digits", "digitGrouping", "menu",
            "footer", "newsletter", "publish", "httpsSites", "editor", "chromium", "budgets");

    /** The folders JBake's configuration points at, resolved against the project folder. */
    public record Folders(Path content, Path templates, Path assets) {
    }

    private ConfigInspector() {
    }

    /**
     * @param projectDir the project folder
     * @param folders JBake's content, template and asset folders
     * @throws BuildFailedException with exit code 2 when anything is wrong
     */
    public static SiteConfig inspect(Path projectDir, Folders folders) throws BuildFailedException {
        return inspect(projectDir, folders, false, new Problems());
    }

    /**
     * @param production a build for publishing: an example newsletter address is then an error, not a warning
     * @param problems receives warnings (errors make it throw)
     */
    public static SiteConfig inspect(Path projectDir, Folders folders, boolean production, Problems problems)
            throws BuildFailedException {
        SourceFile source = read(projectDir, problems);
        List<Problem> found = new ArrayList<>();
        YamlMap yaml = YamlReader.read(source, source.text(), 1, found);
        problems.addAll(found);
        checkKeys(source, yaml, folders, problems);
        String baseUrl = baseUrl(source, yaml, problems);
        checkHttps(source, yaml, baseUrl, production, problems);
        List<Language> languages = languages(source, yaml, problems);
        Language defaultLanguage = language(source, yaml, "defaultLanguage", languages,
                languages.isEmpty() ? null : languages.get(0), problems);
        Language sourceLanguage = language(source, yaml, "sourceLanguage", languages, languages.stream()
                .filter(l -> l.code().equals("en")).findFirst().orElse(defaultLanguage), problems);
        Digits digits = digits(source, yaml, problems);
        DigitGrouping grouping = grouping(source, yaml, problems);
        List<String> menu = stringList(source, yaml, "menu", problems);
        List<String> footer = stringList(source, yaml, "footer", problems);
        List<String> publish = publish(source, yaml, folders, problems);
        List<String> httpsSites = stringList(source, yaml, "httpsSites", problems);
        NewsletterConfig newsletter = newsletter(source, yaml, languages, production, problems);
        EditorSettings editor = editor(source, yaml, problems);
        String chromium = chromium(source, yaml, projectDir, production, problems);
        Budgets budgets = budgets(source, yaml, problems);
        Path i18n = projectDir.resolve("i18n");
        checkFolders(projectDir, folders, i18n, languages, source, yaml, problems);
        problems.failIfErrors(ExitCode.USAGE_OR_CONFIG_ERROR);
        URI uri = URI.create(baseUrl);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (!path.endsWith("/")) {
            path = path + "/";
        }
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return new SiteConfig(projectDir, base, path, languages, defaultLanguage, sourceLanguage, digits, grouping,
                menu, footer,
                newsletter, folders.content(), folders.templates(), folders.assets(), i18n, publish, httpsSites,
                editor, chromium, budgets);
    }

    /** {@code budgets:}: the limits of originals and page weights; each key optional, the defaults otherwise. */
    private static Budgets budgets(SourceFile source, YamlMap yaml, Problems problems) {
        if (!yaml.has("budgets")) {
            return Budgets.DEFAULT;
        }
        List<Field> pages = new ArrayList<>();
        for (String type : Budgets.PAGE_TYPES) {
            pages.add(Field.optional(type, new ValueType.Int(1, 100_000)));
        }
        List<Problem> found = new ArrayList<>();
        Object value = new ValueType.Struct(Field.optional("imageKB", new ValueType.Int(1, 1_000_000)),
                Field.optional("imagePixels", new ValueType.Int(100, 100_000)),
                Field.optional("pageKB", new ValueType.Struct(pages.toArray(new Field[0]))))
                .convert(yaml.get("budgets"), "budgets", new FieldChecker(source, yaml, Path.of("."), found));
        problems.addAll(found);
        if (!(value instanceof Map<?, ?> m) || !found.isEmpty()) {
            return Budgets.DEFAULT;
        }
        java.util.Map<String, Integer> pageKB = new java.util.TreeMap<>(Budgets.DEFAULT.pageKB());
        if (m.get("pageKB") instanceof Map<?, ?> p) {
            p.forEach((k, v) -> pageKB.put(String.valueOf(k), (Integer) v));
        }
        return new Budgets(m.get("imageKB") instanceof Integer i ? i : Budgets.DEFAULT.imageKB(),
                m.get("imagePixels") instanceof Integer i ? i : Budgets.DEFAULT.imagePixels(), pageKB);
    }

    /** The text of site.yml; a missing or unreadable file stops here. */
    private static SourceFile read(Path projectDir, Problems problems) throws BuildFailedException {
        Path file = projectDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            problems.error(FILE, 0, 0, "the site configuration file is missing",
                    "Create site.yml in " + projectDir.toAbsolutePath().normalize()
                            + " (see README, \"Site settings\"), or run the command from the project folder");
            throw new BuildFailedException(ExitCode.USAGE_OR_CONFIG_ERROR, problems.sorted());
        }
        try {
            return SourceFile.read(file, FILE);
        } catch (SourceFile.InvalidTextException e) {
            throw new BuildFailedException(ExitCode.USAGE_OR_CONFIG_ERROR, List.of(e.problem()));
        } catch (IOException e) {
            problems.error(FILE, 0, 0, "cannot read the file: " + IoProblems.reason(e), "Check its permissions");
            throw new BuildFailedException(ExitCode.USAGE_OR_CONFIG_ERROR, problems.sorted());
        }
    }

    /** Unknown keys, with the same checks, messages and "did you mean" as front matter (schema). */
    private static void checkKeys(SourceFile source, YamlMap yaml, Folders folders, Problems problems) {
        FieldChecker check = new FieldChecker(source, yaml, folders.assets(), problems::add);
        for (String key : yaml.values().keySet()) {
            if (!KEYS.contains(key)) {
                UnknownKey.report(check, key, key, "`" + key + "`", "in site.yml", KEYS, "Keys of site.yml");
            }
        }
    }

    /**
     * http:// is fine while trying things out; a published site must be https (readers' privacy, the newsletter
     * form, search engines).
     */
    private static void checkHttps(SourceFile source, YamlMap yaml, String baseUrl, boolean production,
            Problems problems) {
        if (!baseUrl.startsWith("http://")) {
            return;
        }
        problems.add(production
                ? source.error(yaml.valuePosition("baseUrl"), "`baseUrl` is an http:// address: a published site"
                        + " must be served over https", "Write the https:// address the site is published at")
                : source.warning(yaml.valuePosition("baseUrl"), "`baseUrl` is an http:// address",
                        "Use https:// before publishing (build --production refuses http://)"));
    }

    /** {@code defaultLanguage} or {@code sourceLanguage}: one of the site's languages, else {@code otherwise}. */
    private static @Nullable Language language(SourceFile source, YamlMap yaml, String key, List<Language> languages,
            @Nullable Language otherwise, Problems problems) {
        if (yaml.get(key) == null) {
            return otherwise;
        }
        String code = String.valueOf(yaml.get(key)).strip();
        Language found = languages.stream().filter(l -> l.code().equals(code)).findFirst().orElse(null);
        if (found == null) {
            problems.add(source.error(yaml.valuePosition(key), "`" + key + ": " + code + "` is not one of `languages:`",
                    "Use one of the languages listed in `languages:`"));
        }
        return found;
    }

    private static Digits digits(SourceFile source, YamlMap yaml, Problems problems) {
        return choice(source, yaml, "digits", Digits::parse, Digits.LATIN, "latin or khmer",
                "Write `digits: latin` (0123) or `digits: khmer` (០១២៣)", problems);
    }

    private static DigitGrouping grouping(SourceFile source, YamlMap yaml, Problems problems) {
        return choice(source, yaml, "digitGrouping", DigitGrouping::parse, DigitGrouping.DOT, "dot or none",
                "Write `digitGrouping: dot` (១.២០០.០០០) or `digitGrouping: none` (១២០០០០០)", problems);
    }

    /** A setting with a few allowed words: its value, the default when left out, an error at its line otherwise. */
    private static <T> T choice(SourceFile source, YamlMap yaml, String key, java.util.function.Function<String, T> parse,
            T otherwise, String allowed, String fix, Problems problems) {
        if (yaml.get(key) == null) {
            return otherwise;
        }
        String value = String.valueOf(yaml.get(key)).strip();
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException e) {
            problems.add(source.error(yaml.valuePosition(key), "`" + key + ": " + value + "` is not " + allowed, fix));
            return otherwise;
        }
    }

    /**
     * {@code chromium:}: {@code none}, or a Chromium the build can run. One that cannot run is reported at its line:
     * a warning (the PDFs are left out), an error in a production build, which must have them.
     */
    private static @Nullable String chromium(SourceFile source, YamlMap yaml, Path projectDir, boolean production,
            Problems problems) {
        if (yaml.get("chromium") == null) {
            return null;
        }
        String value = String.valueOf(yaml.get("chromium")).strip();
        Path program = projectDir.resolve(value);
        if (!value.equals("none") && (!Files.isExecutable(program) || Files.isDirectory(program))) {
            String message = "`chromium: " + value + "` is not a Chromium that runs, so the guide and the profile"
                    + " sheets are not printed as PDF";
            String fix = "Set it to the path of chromium (e.g. /usr/bin/chromium), remove the line to look on the"
                    + " PATH, or write `chromium: none` to build without PDFs";
            problems.add(production ? source.error(yaml.valuePosition("chromium"), message, fix)
                    : source.warning(yaml.valuePosition("chromium"), message, fix));
        }
        return value;
    }

    /** {@code publish:}: files of assets/ published although no page links to them. */
    private static List<String> publish(SourceFile source, YamlMap yaml, Folders folders, Problems problems) {
        List<String> publish = stringList(source, yaml, "publish", problems).stream()
                .map(p -> p.startsWith("/") ? p : "/" + p).toList();
        for (int i = 0; i < publish.size(); i++) {
            Path listed = folders.assets().resolve(publish.get(i).substring(1)).normalize();
            if (!listed.startsWith(folders.assets()) || !Files.isRegularFile(listed)) {
                problems.add(source.error(yaml.valuePosition("publish[" + i + "]"), "`publish` names "
                        + publish.get(i) + ", which is not a file of assets/",
                        "Write the file's path inside assets/, e.g. /fonts/OFL.txt"));
            }
        }
        return publish;
    }

    private static @Nullable NewsletterConfig newsletter(SourceFile source, YamlMap yaml, List<Language> languages,
            boolean production, Problems problems) {
        NewsletterConfig newsletter = new NewsletterInspector(source, yaml, problems).inspect(languages);
        if (newsletter != null && newsletter.example()) {
            String message = "`newsletter.action` is an example address: signups would go nowhere";
            String fix = "Set the mailing-list provider's real form address before publishing";
            problems.add(production ? source.error(yaml.valuePosition("newsletter.action"), message,
                    fix + " (a --production build refuses to publish it)")
                    : source.warning(yaml.valuePosition("newsletter.action"), message, fix));
        }
        return newsletter;
    }

    /** {@code editor:}: the GitHub repository the web editor saves to; null without the block. */
    private static @Nullable EditorSettings editor(SourceFile source, YamlMap yaml, Problems problems) {
        if (!yaml.has("editor")) {
            return null;
        }
        List<Problem> found = new ArrayList<>();
        Object value = new ValueType.Struct(Field.required("repo", new ValueType.Text()),
                Field.optional("branch", new ValueType.Text()), Field.optional("authUrl", new ValueType.Url()))
                .convert(yaml.get("editor"), "editor", new FieldChecker(source, yaml, Path.of("."), found));
        problems.addAll(found);
        if (!(value instanceof Map<?, ?> m) || !found.isEmpty()) {
            return null;
        }
        String repo = String.valueOf(m.get("repo"));
        if (!repo.matches("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+")) {
            problems.add(source.error(yaml.valuePosition("editor.repo"), "`editor.repo` \"" + repo + "\" is not a GitHub"
                    + " repository name", "Write it as owner/name, as in the repository's address"
                            + " github.com/owner/name"));
            return null;
        }
        return new EditorSettings(repo, m.containsKey("branch") ? String.valueOf(m.get("branch")) : "edits",
                m.containsKey("authUrl") ? String.valueOf(m.get("authUrl")) : null);
    }

    /** The folders JBake's settings name, i18n/, and a content folder per language. */
    private static void checkFolders(Path projectDir, Folders folders, Path i18n, List<Language> languages,
            SourceFile source, YamlMap yaml, Problems problems) {
        requireFolder(projectDir, folders.content(), "content", "jbake.properties `content.folder`", problems);
        requireFolder(projectDir, folders.templates(), "templates", "jbake.properties `template.folder`", problems);
        requireFolder(projectDir, folders.assets(), "assets", "jbake.properties `asset.folder`", problems);
        requireFolder(projectDir, i18n, "i18n", "", problems);
        if (Files.isDirectory(folders.content())) {
            for (Language l : languages) {
                if (!Files.isDirectory(folders.content().resolve(l.code()))) {
                    problems.add(source.error(yaml.valuePosition("languages"), "the language `" + l.code()
                            + "` has no content folder", "Create the folder content/" + l.code() + "/"));
                }
            }
        }
    }

    private static String baseUrl(SourceFile source, YamlMap yaml, Problems problems) {
        Object raw = yaml.get("baseUrl");
        if (raw == null) {
            problems.add(source.error(yaml.has("baseUrl") ? yaml.valuePosition("baseUrl") : Position.START,
                    "`baseUrl` is missing", "Add `baseUrl: https://...`, the address the site is published at"));
            return "https://invalid.invalid";
        }
        String s = String.valueOf(raw).strip();
        try {
            URI uri = new URI(s);
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getQuery() == null && uri.getFragment() == null && uri.getUserInfo() == null) {
                return s;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        problems.add(source.error(yaml.valuePosition("baseUrl"), "`baseUrl: " + s + "` is not a web address",
                "Write the full address the site is published at, e.g. https://example.org/ or https://example.org/bfc/"));
        return "https://invalid.invalid";
    }

    private static List<Language> languages(SourceFile source, YamlMap yaml, Problems problems) {
        List<String> codes = stringList(source, yaml, "languages", problems);
        if (!yaml.has("languages")) {
            problems.add(source.error(Position.START, "`languages` is missing",
                    "Add `languages: [km, en]`: the site's languages, the first one being the default"));
        }
        Set<Language> languages = new LinkedHashSet<>();
        List<String> known = Language.KNOWN.stream().map(Language::code).toList();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            Language l = Language.byCode(code).orElse(null);
            if (l == null) {
                String hint = DidYouMean.hint(code, known);
                problems.add(source.error(yaml.valuePosition("languages[" + i + "]"), "unknown language code `" + code
                        + "`", (hint.isEmpty() ? "" : hint + " ") + "Known languages: " + String.join(", ", known)));
            } else if (!languages.add(l)) {
                problems.add(source.error(yaml.valuePosition("languages[" + i + "]"), "the language `" + code
                        + "` is listed twice", "Remove one of them"));
            }
        }
        return List.copyOf(languages);
    }

    /** A list of words ({@code menu: [a, b]}), checked as front matter lists are. */
    private static List<String> stringList(SourceFile source, YamlMap yaml, String key, Problems problems) {
        Object raw = yaml.get(key);
        if (raw == null) {
            return List.of();
        }
        List<Problem> found = new ArrayList<>();
        Object list = new ValueType.ListOf(new ValueType.Text(), "words").convert(raw, key,
                new FieldChecker(source, yaml, Path.of("."), found));
        problems.addAll(found);
        if (!(list instanceof List<?> l)) {
            return List.of();
        }
        return l.stream().map(String::valueOf).toList();
    }

    private static void requireFolder(Path projectDir, Path dir, String name, String setting, Problems problems) {
        if (!Files.isDirectory(dir)) {
            String rel = projectDir.toAbsolutePath().normalize().relativize(dir.toAbsolutePath().normalize()).toString();
            problems.error(rel.isEmpty() ? name : rel, 0, 0, "the " + name + " folder is missing",
                    "Create it" + (setting.isEmpty() ? "" : ", or correct " + setting)
                            + " (is this the project folder? use --project to point at it)");
        }
    }

    /** For tests and messages: the YAML keys site.yml accepts. */
    public static List<String> keys() {
        return KEYS;
    }
}
