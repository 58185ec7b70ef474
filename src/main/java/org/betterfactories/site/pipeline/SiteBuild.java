package org.betterfactories.site.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.betterfactories.site.config.ConfigInspector;
import org.betterfactories.site.config.Language;
import org.betterfactories.site.config.SiteConfig;
import org.betterfactories.site.content.ContentLoader;
import org.betterfactories.site.content.Page;
import org.betterfactories.site.diag.BuildFailedException;
import org.betterfactories.site.diag.ExitCode;
import org.betterfactories.site.diag.IoProblems;
import org.betterfactories.site.diag.Problem;
import org.betterfactories.site.diag.Problems;
import org.betterfactories.site.html.HtmlPostProcessor;
import org.betterfactories.site.html.ProcessedPage;
import org.betterfactories.site.i18n.LocalFormats;
import org.betterfactories.site.i18n.Messages;
import org.betterfactories.site.i18n.MessagesLoader;
import org.betterfactories.site.output.Assets;
import org.betterfactories.site.output.Feeds;
import org.betterfactories.site.output.HostingFiles;
import org.betterfactories.site.output.OutputFolder;
import org.betterfactories.site.output.Precompressed;
import org.betterfactories.site.output.SiteFiles;
import org.betterfactories.site.output.SiteWriter;
import org.betterfactories.site.output.Sitemaps;
import org.betterfactories.site.output.TranslationReport;
import org.betterfactories.site.render.jbake.AsciidocBodyEngine;
import org.betterfactories.site.render.jbake.JBakeAdapter;
import org.betterfactories.site.render.PageRenderer;
import org.betterfactories.site.model.PlannedPage;
import org.betterfactories.site.model.SiteIndex;
import org.betterfactories.site.model.SitePlan;
import org.betterfactories.site.search.SearchDocument;
import org.betterfactories.site.search.KhmerText;
import org.betterfactories.site.search.SearchIndexWriter;
import org.betterfactories.site.translate.TranslationGraph;
import org.betterfactories.site.translate.TranslationStatus;
import org.jbake.app.configuration.JBakeConfiguration;

/**
 * One build: a straight line of named stages. Each stage collects every problem it finds; the build stops
 * after a stage that found errors, reporting all of them. Nothing is written until the last stage, which
 * swaps the new site into place.
 */
public final class SiteBuild {

    /** Runs the pipeline. JBake has global state: run one build at a time per JVM. */
    public static synchronized BuildResult run(BuildOptions options) throws BuildFailedException {
        long start = System.nanoTime();
        StageClock clock = new StageClock();
        Problems problems = new Problems();

        // 1–3. Configuration, content, translations.
        LoadedSite site = load(options, problems);
        SiteConfig config = site.config();
        JBakeConfiguration jbakeConfig = site.jbakeConfig();
        Map<Language, Messages> messages = site.messages();
        List<Page> allPages = site.allPages();
        TranslationGraph allTranslations = site.translations();
        clock.lap("load");
        List<Page> published = allPages.stream().filter(p -> options.includeDrafts() || !p.draft()).toList();
        Set<Page> publishedSet = Set.copyOf(published);
        Set<String> draftUrls = allPages.stream().filter(p -> !publishedSet.contains(p)).map(Page::url)
                .collect(Collectors.toSet());
        TranslationGraph translations = allTranslations.only(publishedSet::contains);
        TranslationStatus status = TranslationStatus.of(config, translations);
        reportTranslationWarnings(config, status, problems);
        SiteIndex index = new SiteIndex(config, published, translations, status);
        clock.lap("translations");

        // 4–5. Render each page with JBake (markup engine for the body, Freemarker template for the page), then
        // post-process its HTML with jsoup, page by page; then check links and anchors across the site.
        List<PlannedPage> plan = SitePlan.of(index, problems);
        problems.failIfErrors(ExitCode.CONTENT_ERROR);
        Assets assets = Assets.scan(config.assetDir(), config.projectDir(), config::relative, problems::add);
        problems.failIfErrors(ExitCode.CONTENT_ERROR);
        BuildCache cache = options.cache();
        JBakeAdapter jbake = cache == null ? new JBakeAdapter(jbakeConfig)
                : cache.adapter(stampOf(config.templateDir()), () -> new JBakeAdapter(jbakeConfig));
        PageRenderer renderer = new PageRenderer(jbake, index, messages, assets.urls(), cache);
        String inputs = cache == null ? "" : stampOf(config.templateDir()) + stampOf(config.i18nDir())
                + stampOf(config.assetDir()) + stampOf(config.projectDir().resolve(AsciidocBodyEngine.SNIPPETS)) + BuildCache.Stamp.of(config.projectDir().resolve(ConfigInspector.FILE))
                + BuildCache.Stamp.of(config.projectDir().resolve("jbake.properties")) + options.includeDrafts();
        java.util.Set<String> only = cache == null ? null : cache.bodyOnlyChanges(allPages, inputs,
                p -> allTranslations.of(p).byLanguageCode().values());
        HtmlPostProcessor postProcessor = new HtmlPostProcessor(config.basePath(), cache != null, assets.urls(),
                config.baseUrl());
        Map<String, ProcessedPage> previous = cache == null ? Map.of() : cache.processed();
        List<ProcessedPage> processed = renderer.render(plan, problems, only, p -> postProcessor.process(p, previous));
        problems.failIfErrors(ExitCode.CONTENT_ERROR);
        clock.lap("render + post-process");
        postProcessor.finish(processed, assets.published(), draftUrls, problems);
        if (cache != null) {
            cache.processed(postProcessor.processed());
        }
        problems.failIfErrors(ExitCode.CONTENT_ERROR);
        if (cache != null) {
            cache.built(allPages, inputs);
        }
        checkUniqueTitles(postProcessor.processed(), problems);
        problems.failIfErrors(ExitCode.CONTENT_ERROR);
        Assets usedAssets = publishedAssets(config, assets, postProcessor.processed(), allPages, publishedSet, problems);
        clock.lap("link check");

        // 6. Outputs made from the whole site.
        SiteFiles files = new SiteFiles();
        Map<String, Integer> perLanguage = new TreeMap<>();
        for (ProcessedPage page : postProcessor.processed()) {
            files.put(page.outputPath(), page.bytes());
            Language l = page.planned().language();
            perLanguage.merge(l == null ? "" : l.code(), 1, Integer::sum);
        }
        files.putAll(usedAssets.generated());
        searchIndexes(config, index, postProcessor.searchDocuments(), cache).forEach(files::putJoined);
        files.putAll(Sitemaps.write(config, index, plan));
        files.putAll(Feeds.write(config, index, messages));
        files.putAll(HostingFiles.siteFiles(config));
        if (options.write() && options.cache() == null) {
            files.putAll(Precompressed.of(files, usedAssets.files())); // for the web server; a preview needs none
        }
        clock.lap("outputs");

        // 7. Write: into a fresh folder, swapped in at the end; reports next to it, outside the public site.
        Path reportDir = OutputFolder.reportDir(options.outputDir(), config.projectDir());
        try {
            if (options.write()) {
                SiteWriter.write(options.outputDir(), files, usedAssets.files());
            }
            writeReports(reportDir, config, options, status, postProcessor);
        } catch (IOException e) {
            throw new BuildFailedException(ExitCode.CONTENT_ERROR, List.of(Problem.error(
                    config.relative(options.outputDir()), 0, 0, "cannot write the site: " + IoProblems.reason(e),
                    "Check the disk space and the folder's permissions; the previous site is unchanged")));
        }
        clock.lap("write");
        List<Problem> warnings = problems.sorted();
        return new BuildResult(warnings, perLanguage, files, postProcessor.externalLinks(), status,
                reportDir.resolve(TranslationReport.FILE_NAME), (System.nanoTime() - start) / 1_000_000, clock.laps(),
                usedAssets.files(), config.basePath(), renderer.templatesRun(), postProcessor.pagesProcessed(),
                HostingFiles.contentSecurityPolicy(config));
    }

    /**
     * The assets the published pages use (and the stylesheets' fonts, and what {@code publish:} in site.yml
     * lists): only those are published, so a draft's photo or an example file never reaches the site. Every
     * other asset is reported, unless a draft page names it (it is published with the draft).
     */
    private static Assets publishedAssets(SiteConfig config, Assets assets, List<ProcessedPage> pages,
            List<Page> allPages, Set<Page> published, Problems problems) {
        Set<String> used = new java.util.TreeSet<>(config.publish());
        for (ProcessedPage p : pages) {
            used.addAll(p.assets());
        }
        Assets kept = assets.only(used);
        List<String> mentions = new java.util.ArrayList<>(templateTexts(config));
        allPages.stream().filter(p -> !published.contains(p)).forEach(d -> mentions.add(d.source().text()));
        for (String sitePath : assets.urls().keySet()) {
            if (kept.urls().containsKey(sitePath) || mentions.stream().anyMatch(t -> t.contains(sitePath))) {
                continue; // used, or named by a draft or by a template that uses it only on some sites
            }
            problems.add(Problem.warning(config.relative(config.assetDir().resolve(sitePath.substring(1))), 0, 0,
                    "no page uses this file, so it is not published",
                    "Link to it from a page, list it under `publish:` in site.yml, or delete it"));
        }
        return kept;
    }

    private static List<String> templateTexts(SiteConfig config) {
        List<String> texts = new java.util.ArrayList<>();
        try (java.util.stream.Stream<Path> s = Files.walk(config.templateDir())) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                texts.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // a template that cannot be read has been reported by the render stage
        }
        return texts;
    }

    /** The translation report, the nginx sample and the list of external links, next to the site. */
    private static void writeReports(Path reportDir, SiteConfig config, BuildOptions options, TranslationStatus status,
            HtmlPostProcessor postProcessor) throws IOException {
        Files.createDirectories(reportDir);
        Path report = reportDir.resolve(TranslationReport.FILE_NAME);
        TranslationReport.Contents contents = TranslationReport.contents(status);
        BuildCache cache = options.cache();
        if (cache == null || !contents.equals(cache.reported()) || !Files.isRegularFile(report)) {
            TranslationReport.write(report, contents);
            if (cache != null) {
                cache.reported(contents);
            }
        }
        Files.createDirectories(reportDir.resolve("hosting"));
        for (Map.Entry<String, String> f : HostingFiles.serverFiles(config).entrySet()) {
            Files.writeString(reportDir.resolve("hosting").resolve(f.getKey()), f.getValue());
        }
        Files.write(reportDir.resolve("external-links.txt"), postProcessor.externalLinks().stream()
                .map(l -> l + "\n").collect(Collectors.joining()).getBytes(StandardCharsets.UTF_8));
    }

    /** One search index per language, with section names and dates as the pages show them. */
    private static Map<String, List<byte[]>> searchIndexes(SiteConfig config, SiteIndex index, List<SearchDocument> docs,
            BuildCache cache) {
        Map<String, LocalFormats> formats = new java.util.HashMap<>();
        for (Language l : config.languages()) {
            formats.put(l.code(), LocalFormats.of(l, config.digits()));
        }
        return SearchIndexWriter.parts(docs, config.languages().stream().map(Language::code).toList(),
                KhmerText::markWords,
                d -> config.languages().stream().filter(l -> l.code().equals(d.language())).findFirst()
                        .flatMap(l -> index.sectionIndex(l, d.section()))
                        .map(p -> p.<String>param("linkTitle") != null ? p.<String>param("linkTitle") : p.title())
                        .orElse(""),
                d -> d.dateIso() == null ? null : formats.get(d.language()).date(java.time.LocalDate.parse(d.dateIso())),
                cache == null ? new java.util.IdentityHashMap<>() : cache.searchFragments(docs));
    }

    /** The UI strings; a preview reuses them while no file of i18n/ changed. */
    private static Map<Language, Messages> loadMessages(SiteConfig config, Problems problems, BuildCache cache) {
        if (cache == null) {
            return MessagesLoader.load(config, problems);
        }
        String stamp = stampOf(config.i18nDir()) + config.languages();
        BuildCache.CachedMessages cached = cache.messages();
        if (cached == null || !cached.stamp().equals(stamp)) {
            Problems found = new Problems();
            cached = new BuildCache.CachedMessages(stamp, MessagesLoader.load(config, found), found.sorted());
            cache.messages(cached);
        }
        problems.addAll(cached.problems());
        return cached.messages();
    }

    /** A stamp of a folder's files (names, sizes, times): it changes when any file changes. */
    static String stampOf(Path dir) {
        StringBuilder sb = new StringBuilder();
        try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
            s.filter(Files::isRegularFile).sorted().forEach(f -> sb.append(f).append(BuildCache.Stamp.of(f)).append('\n'));
        } catch (IOException e) {
            return "";
        }
        return sb.toString();
    }

    private static boolean assetsChanged(BuildCache cache, SiteConfig config) {
        return cache.assetsChanged(stampOf(config.assetDir()));
    }

    /** What stages 1 to 3 found: the checked configuration and content, paired across languages. */
    public record LoadedSite(JBakeConfiguration jbakeConfig, SiteConfig config, Map<Language, Messages> messages,
            List<Page> allPages, TranslationGraph translations) {
    }

    /**
     * Stages 1 to 3: configuration (site.yml, and jbake.properties for JBake's folders and engines); every
     * content file read and checked against the content model, and the UI strings; pages paired across
     * languages. Fails after the stage that found errors.
     */
    public static synchronized LoadedSite load(BuildOptions options, Problems problems) throws BuildFailedException {
        JBakeConfiguration jbakeConfig = JBakeAdapter.loadConfiguration(options.projectDir(), options.outputDir());
        SiteConfig config = ConfigInspector.inspect(options.projectDir(), JBakeAdapter.folders(jbakeConfig),
                options.production(), problems);
        checkOutputFolder(options, config);
        if (options.write()) {
            try {
                SiteWriter.prepare(options.outputDir());
            } catch (IOException e) {
                throw new BuildFailedException(ExitCode.CONTENT_ERROR, List.of(Problem.error(
                        config.relative(options.outputDir()), 0, 0, "cannot prepare the output folder: "
                                + IoProblems.reason(e), "Check the folder's permissions and the free disk space")));
            }
        }

        Map<Language, Messages> messages = loadMessages(config, problems, options.cache());
        if (options.cache() != null && assetsChanged(options.cache(), config)) {
            options.cache().forgetFiles(); // pages check that the images and downloads they name exist
        }
        List<Page> allPages = new ContentLoader(config).load(problems, options.cache());
        MessagesLoader.checkTagLabels(allPages, messages, problems);

        TranslationGraph translations = TranslationGraph.build(allPages, problems);
        problems.failIfErrors(ExitCode.CONTENT_ERROR);
        return new LoadedSite(jbakeConfig, config, messages, allPages, translations);
    }

    /**
     * Stale translations and pages missing in a language are warnings, one per page: the build goes on, the
     * editor sees what to update.
     */
    private static void reportTranslationWarnings(SiteConfig config, TranslationStatus status, Problems problems) {
        String command = "./site mark-translated ";
        for (TranslationStatus.Stale s : status.stale()) {
            Page page = s.translation();
            problems.add(page.source().warning(page.frontMatter().valuePosition("translationOf"),
                    "the " + s.source().language().code() + " source " + s.source().path()
                            + " has changed since this translation was made (translationOf " + s.recorded()
                            + ", the source is now " + s.current() + ")",
                    "Update the translation, then run `" + command + page.path() + "`"));
        }
        for (TranslationStatus.Missing m : status.missing()) {
            Page page = m.existing();
            problems.add(Problem.warning(page.path(), 0, 0, "there is no " + m.language().code() + " translation yet",
                    "Create content/" + m.language().code() + "/" + page.contentPath()
                            + " (the translation report lists every page still to translate)"));
        }
    }

    private static void checkOutputFolder(BuildOptions options, SiteConfig config) throws BuildFailedException {
        if (!options.write()) {
            return;
        }
        String unsafe = OutputFolder.refusal(options.outputDir(), config.projectDir(),
                List.of(config.contentDir(), config.templateDir(), config.assetDir(), config.i18nDir(),
                        config.projectDir().resolve(AsciidocBodyEngine.SNIPPETS), config.projectDir().resolve("src"),
                        config.projectDir().resolve(ConfigInspector.FILE)));
        if (unsafe != null) {
            throw new BuildFailedException(ExitCode.USAGE_OR_CONFIG_ERROR, List.of(Problem.error(
                    "--out", 0, 0, unsafe, "Choose a new or empty folder, or one an earlier build made, such as"
                            + " target/site; nothing was changed")));
        }
    }

    /**
     * Two pages of one language with the same {@code <title>} are hard to tell apart in tabs, history and
     * search results.
     */
    private static void checkUniqueTitles(List<ProcessedPage> pages, Problems problems) {
        Map<String, ProcessedPage> seen = new TreeMap<>();
        for (ProcessedPage p : pages) {
            Language l = p.planned().language();
            String title = (l == null ? "" : l.code()) + "\u0000" + p.title();
            ProcessedPage first = seen.putIfAbsent(title, p);
            if (first != null && p.planned().page() != null) {
                problems.add(p.planned().page().source().error(p.planned().page().frontMatter().valuePosition("title"),
                        "another page has the same title: " + first.planned().origin(),
                        "Give each page its own title"));
            }
        }
    }

    private SiteBuild() {
    }

    /** Wall time per stage, in order, for {@code --timings} and the benchmarks. */
    private static final class StageClock {
        private final Map<String, Long> laps = new java.util.LinkedHashMap<>();
        private long last = System.nanoTime();

        void lap(String stage) {
            long now = System.nanoTime();
            laps.put(stage, (now - last) / 1_000_000);
            last = now;
        }

        Map<String, Long> laps() {
            return java.util.Collections.unmodifiableMap(laps);
        }
    }
}
