package org.betterfactories.site.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.betterfactories.site.config.ConfigInspector;
import org.betterfactories.site.artwork.PublicationCovers;
import org.betterfactories.site.media.ImageLimits;
import org.betterfactories.site.media.Images;
import org.betterfactories.site.media.Video;
import org.betterfactories.site.print.Chromium;
import org.betterfactories.site.print.PdfDownloads;
import org.betterfactories.site.config.Language;
import org.betterfactories.site.i18n.LocalFormats;
import org.betterfactories.site.config.SiteConfig;
import org.betterfactories.site.content.ContentLoader;
import org.betterfactories.site.content.Terminology;
import org.betterfactories.site.diag.BuildFailedException;
import org.betterfactories.site.diag.ExitCode;
import org.betterfactories.site.diag.IoProblems;
import org.betterfactories.site.diag.Problem;
import org.betterfactories.site.diag.Problems;
import org.betterfactories.site.editor.EditorFiles;
import org.betterfactories.site.html.HtmlPostProcessor;
import org.betterfactories.site.html.ProcessedPage;
import org.betterfactories.site.html.Unpublished;
import org.betterfactories.site.i18n.Messages;
import org.betterfactories.site.i18n.MessagesLoader;
import org.betterfactories.site.model.Page;
import org.betterfactories.site.offline.OfflineGuide;
import org.betterfactories.site.output.Assets;
import org.betterfactories.site.output.PageWeights;
import org.betterfactories.site.output.Feeds;
import org.betterfactories.site.output.HostingFiles;
import org.betterfactories.site.output.OutputFolder;
import org.betterfactories.site.output.Precompressed;
import org.betterfactories.site.output.Reports;
import org.betterfactories.site.output.SiteFiles;
import org.betterfactories.site.output.SiteWriter;
import org.betterfactories.site.output.Sitemaps;
import org.betterfactories.site.output.TranslationReport;
import org.betterfactories.site.render.PageRenderer;
import org.betterfactories.site.render.jbake.AsciidocBodyEngine;
import org.betterfactories.site.render.jbake.JBakeAdapter;
import org.betterfactories.site.reuse.Reuse;
import org.betterfactories.site.reuse.Stamp;
import org.betterfactories.site.search.KhmerWords;
import org.betterfactories.site.search.SearchIndex;
import org.betterfactories.site.search.SearchIndexWriter;
import org.betterfactories.site.site.PlannedPage;
import org.betterfactories.site.site.SiteIndex;
import org.betterfactories.site.site.SitePlan;
import org.betterfactories.site.translate.TranslationGraph;
import org.betterfactories.site.translate.TranslationStatus;

/**
 * One build: a straight line of named stages, each a method that takes the records of the stages before it and
 * returns its own. Each stage collects every problem it finds; the build stops after a stage that found errors,
 * reporting all of them. Nothing is written until the last stage, which swaps the new site into place.
 * Incremental builds (the preview) run the same stages: what they reuse is decided behind {@link Reuse}, inside the
 * stages, never here.
 */
public final class SiteBuild {
    private final BuildOptions options;
    private final Reuse reuse;
    private final Problems problems = new Problems();
    private final Map<String, Long> laps = new LinkedHashMap<>();
    private long lapStart = System.nanoTime();

    /** The printed PDFs as the feeds' enclosures, by the address of the page that offers them. */
    private final Map<String, List<Feeds.Enclosure>> enclosures = new TreeMap<>();

    /** The files the preview makes only when asked for (the PDFs), by output path. */
    private Function<String, Optional<byte[]>> onDemand = path -> Optional.empty();
    /** What each language's saved guide takes (offline reading), for the summary. */
    private OfflineGuide.Files offline = new OfflineGuide.Files(Map.of(), List.of(), List.of());
    /** The video players' origins, found once per build. */
    private Set<String> players;

    private SiteBuild(BuildOptions options) {
        this.options = options;
        this.reuse = options.reuse();
    }

    /** Runs the pipeline. JBake has global state: one build at a time per JVM. */
    public static synchronized BuildResult run(BuildOptions options) throws BuildFailedException {
        long start = System.nanoTime();
        SiteBuild build = new SiteBuild(options);
        Configured configured = build.configure();
        Loaded loaded = build.loadContent(configured);
        Selected selected = build.pairTranslations(configured, loaded);
        Planned planned = build.plan(configured, loaded, selected);
        Rendered rendered = build.renderAndPostProcess(configured, loaded, selected, planned);
        Checked checked = build.checkSite(configured, loaded, selected, planned, rendered);
        SiteFiles files = build.outputs(configured, loaded, selected, planned, rendered, checked);
        Path reports = build.write(configured, selected, rendered, checked, files);
        return build.result(start, configured, selected, rendered, checked, files, reports);
    }

    /** What the configuration stage found: the checked settings and JBake's. */
    record Configured(SiteConfig config, JBakeAdapter.Settings jbake) {
    }

    /** Every content file, read and checked, paired across languages; the UI strings. */
    record Loaded(Map<Language, Messages> messages, List<Page> allPages, TranslationGraph translations,
            KhmerWords khmerWords) {
    }

    /**
     * The pages this build publishes (drafts and scheduled pages only in a preview), and what the rest of the site
     * knows of them; {@code unpublished} are the others ({@code drafts} their pages), by site path.
     */
    record Selected(SiteIndex index, TranslationStatus status, Map<String, Unpublished> unpublished,
            List<Page> drafts) {
    }

    /** Every page the site will have, and the files of {@code assets/}. */
    record Planned(List<PlannedPage> pages, Assets assets, Images images, PublicationCovers covers,
            PdfDownloads pdfs) {
    }

    /** Every page rendered and post-processed. */
    record Rendered(List<ProcessedPage> pages, HtmlPostProcessor postProcessor, int templatesRun) {
    }

    /** The site checked as a whole: links and anchors, titles, and the assets it uses. */
    record Checked(Assets published) {
    }

    /** The origins of the video players the pages embed when the reader presses play (for frame-src). */
    private Set<String> players(Rendered rendered) {
        if (players == null) {
            // only the pages that load the video script have a video
            players = Video.playerOrigins(rendered.postProcessor().processed().stream()
                    .filter(p -> p.assets().contains(Video.SCRIPT)).map(ProcessedPage::bytes).toList());
        }
        return players;
    }

    /** Equal only to itself: a page's bytes, reused unchanged by the preview, are the same array. */
    private record Identity(Object value) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Identity other && other.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }

    /** The bytes of any published file by its output path ({@code css/site.1a2b3c4d5e.css}), or null. */
    private static Function<String, byte[]> fileLookup(Checked checked, SiteFiles files) {
        Map<String, Path> copied = checked.published().files();
        return path -> {
            byte[] made = files.containsKey(path) ? files.get(path) : files.get("/" + path);
            if (made != null) {
                return made;
            }
            Path on = copied.get("/" + path);
            try {
                return on == null ? null : Files.readAllBytes(on);
            } catch (java.io.IOException e) {
                return null;
            }
        };
    }

    /** Each page's first-visit weight against its template's budget (site.yml {@code budgets:}). */
    private void checkWeights(SiteConfig config, Rendered rendered, Function<String, byte[]> file) {
        List<PageWeights.Weight> weights = PageWeights.of(rendered.postProcessor().processed(), file,
                config.basePath(), (page, make) -> reuse.remember("weight", page.outputPath(),
                        () -> java.util.Collections.singletonList(new Identity(page.bytes())), make::get));
        Map<String, String> origins = new HashMap<>();
        rendered.postProcessor().processed().forEach(p -> origins.put(p.planned().sitePath(), p.planned().origin()));
        problems.addAll(PageWeights.overBudget(weights, config.budgets(), origins::get));
    }

    /** What each language's saved guide takes, by language code. */
    private Map<String, Long> offlineSizes() {
        Map<String, Long> sizes = new java.util.LinkedHashMap<>();
        offline.saved().forEach(s -> sizes.put(s.language().code(), s.bytes()));
        return sizes;
    }

    /** The video play button's text by language code. */
    private static Map<String, String> playLabels(Map<Language, Messages> messages) {
        Map<String, String> labels = new TreeMap<>();
        messages.forEach((language, m) -> {
            if (m.has("video.play")) {
                labels.put(language.code(), m.get("video.play"));
            }
        });
        return labels;
    }

    /** Stage 1: {@code site.yml} and {@code jbake.properties}, checked; the output folder checked and made ready. */
    private Configured configure() throws BuildFailedException {
        JBakeAdapter.Settings jbake = JBakeAdapter.settings(options.projectDir(), options.outputDir());
        // on a fresh clone every AsciiDoc body is converted: Asciidoctor starts now, while the content loads
        JBakeAdapter.startAsciidoctorIfNoCache(options.projectDir(), jbake.folders().content());
        SiteConfig config = ConfigInspector.inspect(options.projectDir(), jbake.folders(), options.production(),
                problems);
        if (options.write()) {
            checkOutputFolder(config);
            prepareOutputFolder(config);
        }
        lap("configuration");
        return new Configured(config, jbake);
    }

    /** Stage 2: the UI strings and every content file, checked against the content model; pairs of translations. */
    private Loaded loadContent(Configured c) throws BuildFailedException {
        SiteConfig config = c.config();
        Map<Language, Messages> messages = MessagesLoader.load(config, problems, reuse);
        Terminology terminology = Terminology.load(config.projectDir(), problems::add);
        MessagesLoader.checkTerms(config, terminology, problems);
        KhmerWords khmerWords = KhmerWords.load(config.projectDir(), problems::add);
        List<Page> allPages = new ContentLoader(config, terminology).load(problems, reuse,
                Reuse.once(() -> Stamp.ofFolder(config.assetDir())));
        MessagesLoader.checkTagLabels(allPages, messages, problems);
        TranslationGraph translations = TranslationGraph.build(allPages, problems);
        problems.failIfErrors(ExitCode.CONTENT_ERROR);
        lap("load");
        return new Loaded(messages, allPages, translations, khmerWords);
    }

    /**
     * Stage 3: the pages to publish (drafts, and pages scheduled after today, only when asked for), their
     * translation status, the site index.
     */
    private Selected pairTranslations(Configured c, Loaded loaded) {
        LocalDate today = options.today();
        List<Page> published = loaded.allPages().stream()
                .filter(p -> options.includeDrafts() || !p.draft() && !p.scheduledAfter(today))
                .toList();
        Set<Page> publishedSet = Set.copyOf(published);
        List<Page> drafts = loaded.allPages().stream().filter(p -> !publishedSet.contains(p)).toList();
        TranslationGraph translations = loaded.translations().only(publishedSet::contains);
        TranslationStatus status = TranslationStatus.of(c.config(), translations);
        problems.addAll(status.warnings());
        lap("translations");
        Map<String, Unpublished> unpublished = new HashMap<>();
        for (Page d : drafts) {
            unpublished.put(d.url(), d.draft()
                    ? new Unpublished("a draft page", "Publish that page (remove `status: draft`) or remove the link")
                    : new Unpublished("a page scheduled for " + d.publishOn(), "Remove the link until that day, or"
                            + " publish the page earlier (change its `" + (d.common().publishDate() != null
                                    ? "publishDate" : "date") + "`)"));
        }
        return new Selected(new SiteIndex(c.config(), published, translations, status, today), status, unpublished,
                drafts);
    }

    /** Stage 4: every page of the site (content, lists, tags, guide, search, 404), the assets, the covers. */
    private Planned plan(Configured c, Loaded loaded, Selected selected) throws BuildFailedException {
        SiteConfig config = c.config();
        List<PlannedPage> pages = SitePlan.of(selected.index(), problems);
        Assets assets = Assets.scan(config.assetDir(), config.projectDir(), config::relative, problems::add);
        problems.failIfErrors(ExitCode.CONTENT_ERROR);
        PublicationCovers covers = PublicationCovers.plan(config, selected.index(), loaded.messages(),
                loaded.khmerWords(), reuse, problems::add);
        PdfDownloads pdfs = planPdfs(config, selected.index());
        problems.failIfErrors(ExitCode.USAGE_OR_CONFIG_ERROR);
        lap("plan");
        Images images = new Images(assets.rasterImages(), config.projectDir().resolve("target/cache/images"));
        return new Planned(pages, assets, images, covers, pdfs);
    }

    /** The PDF downloads, when a Chromium can print them; without one, one line says so (an error in production). */
    private PdfDownloads planPdfs(SiteConfig config, SiteIndex index) {
        Optional<Chromium> chromium = Chromium.find(config);
        // a `chromium:` that cannot run was reported at its line by the configuration stage
        if (chromium.isEmpty() && config.chromium() == null && !Chromium.disabled(config) && PdfDownloads.wanted(index)) {
            String message = "no Chromium was found on the PATH, so the guide and the profile sheets are not printed"
                    + " as PDF";
            String fix = "Install it (apt-get install chromium), or set `chromium:` in site.yml to its path;"
                    + " `chromium: none` builds without PDFs";
            problems.add(options.production() ? Problem.error("site.yml", 0, 0, message, fix)
                    : Problem.warning("site.yml", 0, 0, message, fix));
        }
        return PdfDownloads.plan(index, chromium);
    }

    /**
     * Stage 5: each page rendered with JBake (markup engine for the body, Freemarker template for the page), then
     * post-processed with jsoup, page by page on the same thread.
     */
    private Rendered renderAndPostProcess(Configured c, Loaded loaded, Selected selected, Planned planned)
            throws BuildFailedException {
        SiteConfig config = c.config();
        PageRenderer renderer = PageRenderer.create(c.jbake(), selected.index(), loaded.messages(),
                planned.assets().urls(), planned.covers(), planned.pdfs(), reuse);
        HtmlPostProcessor postProcessor = new HtmlPostProcessor(config.basePath(), planned.assets().urls(),
                config.baseUrl(), config.httpsSites(), selected.index().emptySections(), loaded.khmerWords(),
                new HtmlPostProcessor.Media(planned.images(), new ImageLimits(config.budgets().imageKB() * 1000L,
                        config.budgets().imagePixels()), playLabels(loaded.messages())),
                reuse);
        List<ProcessedPage> pages = renderer.render(planned.pages(), problems, postProcessor::process);
        problems.failIfErrors(ExitCode.CONTENT_ERROR);
        lap("render + post-process");
        return new Rendered(pages, postProcessor, renderer.templatesRun());
    }

    /** Stage 6: links and anchors across the site, unique titles; the assets the published pages use. */
    private Checked checkSite(Configured c, Loaded loaded, Selected selected, Planned planned, Rendered rendered)
            throws BuildFailedException {
        SiteConfig config = c.config();
        Set<String> used = new TreeSet<>();
        rendered.pages().forEach(p -> used.addAll(p.assets()));
        List<String> files = new ArrayList<>(planned.assets().published());
        files.addAll(planned.covers().sitePaths());
        files.addAll(planned.pdfs().sitePaths());
        Map<String, Path> copies = planned.images().files(used); // the resized images the pages use
        files.addAll(copies.keySet());
        for (Language lang : config.languages()) { // made with the outputs, from the pages checked here
            if (OfflineGuide.offered(selected.index(), lang)) {
                files.add(OfflineGuide.manifestPath(lang));
                files.add(OfflineGuide.listPath(lang));
            }
        }
        rendered.postProcessor().finish(rendered.pages(), files, selected.unpublished(), problems);
        problems.failIfErrors(ExitCode.CONTENT_ERROR);
        List<String> mentions = new ArrayList<>(templateTexts(config));
        selected.drafts().forEach(d -> mentions.add(d.source().text()));
        mentions.addAll(planned.images().originals(used)); // published as resized copies only
        mentions.add(Video.SCRIPT); // the builder adds it to pages with a video
        Assets published = planned.assets().with(copies).published(used, config.publish(),
                mentions, config.assetDir(), config::relative, problems::add);
        lap("link check");
        return new Checked(published);
    }

    /**
     * Stage 7: the files made from the whole site: search indexes, sitemaps, feeds, hosting files, the web editor,
     * gzip copies.
     */
    private SiteFiles outputs(Configured c, Loaded loaded, Selected selected, Planned planned, Rendered rendered,
            Checked checked) throws BuildFailedException {
        SiteConfig config = c.config();
        SiteFiles files = new SiteFiles();
        for (ProcessedPage page : rendered.postProcessor().processed()) {
            files.put(page.outputPath(), page.bytes());
        }
        files.putAll(checked.published().generated());
        files.putAll(planned.covers().files());
        onDemand = printPdfs(c.config(), planned, checked, files);
        // made when written, or when a preview reader opens search: not after every save, nor by check
        SearchIndexWriter.forSite(config, selected.index(), rendered.postProcessor().searchDocuments(),
                loaded.khmerWords(), reuse)
                .forEach((lang, index) -> files.putLazy(lang + "/" + SearchIndex.FOLDER, index));
        files.putAll(Sitemaps.write(config, selected.index(), planned.pages()));
        files.putAll(Feeds.write(config, selected.index(), loaded.messages(), enclosures));
        files.putAll(HostingFiles.siteFiles(config, players(rendered)));
        List<Problem> editorProblems = new ArrayList<>();
        files.putAll(EditorFiles.of(config, loaded.allPages(), tagsWithLabels(loaded.messages()),
                checked.published().urls().getOrDefault("/css/site.css", "/css/site.css"), editorProblems));
        problems.addAll(editorProblems);
        problems.failIfErrors(ExitCode.CONTENT_ERROR);
        Function<String, byte[]> file = fileLookup(checked, files);
        Map<String, byte[]> pages = new TreeMap<>();
        rendered.postProcessor().processed().forEach(p -> pages.put(p.planned().sitePath(), p.bytes()));
        offline = OfflineGuide.make(config, selected.index(), pages, file, loaded.messages(), !options.write());
        files.putAll(offline.files());
        problems.addAll(offline.problems());
        if (options.write()) {
            files.putAll(Precompressed.of(files, checked.published().files())); // for the web server
        }
        checkWeights(config, rendered, file); // after the gzip copies, whose sizes it takes
        lap("outputs");
        return files;
    }

    /**
     * The PDF downloads, printed by Chromium from the pages just built (or taken from the cache); then each page
     * that lists one gets its size in place of the mark it carries. A build that writes nothing (the preview,
     * {@code check}) prints none: its pages say "…" for the size, and the preview prints a PDF when it is asked for.
     *
     * @return the PDFs to make when asked for (the preview's), by output path
     */
    private Function<String, Optional<byte[]>> printPdfs(SiteConfig config, Planned planned, Checked checked,
            SiteFiles files) throws BuildFailedException {
        if (planned.pdfs().isEmpty()) {
            return path -> Optional.empty();
        }
        Map<String, Path> assetFiles = checked.published().files();
        Function<String, byte[]> lookup = path -> {
            byte[] b = files.get(path);
            if (b == null) {
                b = files.get("/" + path); // the stylesheets, by site path
            }
            Path asset = b == null ? assetFiles.get("/" + path) : null;
            try {
                return asset != null ? Files.readAllBytes(asset) : b;
            } catch (java.io.IOException e) {
                return null;
            }
        };
        Path cache = config.projectDir().resolve("target/cache/pdf");
        java.time.Instant date = options.today().atStartOfDay(BuildClock.ZONE).toInstant();
        if (!options.write()) {
            fillSizes(config, files, planned.pdfs(), path -> "…");
            Map<String, byte[]> printed = new java.util.concurrent.ConcurrentHashMap<>();
            return path -> {
                synchronized (printed) { // one print at a time
                    if (!printed.containsKey(path)) {
                        try {
                            planned.pdfs().printOne(path, lookup, cache, date).ifPresent(b -> printed.put(path, b));
                        } catch (java.io.IOException e) {
                            return Optional.empty();
                        }
                    }
                    return Optional.ofNullable(printed.get(path));
                }
            };
        }
        try {
            Map<String, byte[]> pdfs = planned.pdfs().print(lookup, cache, date);
            files.putAll(pdfs);
            for (PdfDownloads.Job job : planned.pdfs().jobs()) {
                byte[] pdf = pdfs.get(job.sitePath().substring(1));
                if (pdf != null) {
                    enclosures.computeIfAbsent(job.page().url(), u -> new ArrayList<>()).add(new Feeds.Enclosure(
                            config.absoluteUrl(job.sitePath()), "application/pdf", pdf.length));
                }
            }
            fillSizes(config, files, planned.pdfs(), sitePath -> {
                byte[] pdf = pdfs.get(sitePath.substring(1));
                return pdf == null ? "…" : null;
            });
        } catch (java.io.IOException e) {
            problems.add(Problem.error("site.yml", 0, 0, "the PDF downloads could not be printed: " + e.getMessage(),
                    "Check that Chromium runs (chromium --version), or set `chromium: none` in site.yml to build"
                            + " without PDFs"));
            problems.failIfErrors(ExitCode.CONTENT_ERROR);
        }
        lap("print PDFs");
        return path -> Optional.empty();
    }

    /**
     * Puts each PDF's size (in the page's language and digits) where the pages mark it; {@code fixed} gives the text
     * for a PDF whose size is not known (null: its size).
     */
    private static void fillSizes(SiteConfig config, SiteFiles files, PdfDownloads pdfs,
            Function<String, String> fixed) {
        // only the pages that offer a PDF carry a mark: the page it is made for, and the page it is printed from
        Set<String> offering = new TreeSet<>();
        for (PdfDownloads.Job job : pdfs.jobs()) {
            offering.add(job.page().url().substring(1) + "index.html");
            offering.add(job.source());
        }
        for (String path : offering) {
            if (files.get(path) == null) {
                continue;
            }
            String html = new String(files.get(path), java.nio.charset.StandardCharsets.UTF_8);
            if (!html.contains(PdfDownloads.SIZE_MARK)) {
                continue;
            }
            Language lang = Language.byCode(path.substring(0, Math.max(0, path.indexOf('/'))))
                    .orElse(config.defaultLanguage());
            LocalFormats f = LocalFormats.of(lang, config.digits(), config.digitGrouping());
            StringBuilder out = new StringBuilder();
            int at = 0;
            int mark;
            while ((mark = html.indexOf(PdfDownloads.SIZE_MARK, at)) >= 0) {
                int end = html.indexOf("]]", mark);
                String sitePath = html.substring(mark + PdfDownloads.SIZE_MARK.length(), end);
                String text = fixed.apply(sitePath);
                if (text == null) {
                    byte[] pdf = files.get(sitePath.substring(1));
                    text = pdf == null ? "…" : f.fileSize(pdf.length);
                }
                out.append(html, at, mark).append(text);
                at = end + 2;
            }
            out.append(html.substring(at));
            files.put(path, out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** The tags every language has a label for ({@code tag.<name>} in i18n/): the ones pages may use. */
    private static Set<String> tagsWithLabels(Map<Language, Messages> messages) {
        Set<String> tags = null;
        for (Messages m : messages.values()) {
            Set<String> these = m.all().keySet().stream().filter(k -> k.startsWith("tag.")).map(k -> k.substring(4))
                    .collect(Collectors.toCollection(TreeSet::new));
            if (tags == null) {
                tags = these;
            } else {
                tags.retainAll(these);
            }
        }
        return tags == null ? Set.of() : tags;
    }

    /**
     * Stage 8: the site written into a fresh folder and swapped in (only for {@code build}); the reports next to it,
     * outside the public site. Returns the reports' folder.
     */
    private Path write(Configured c, Selected selected, Rendered rendered, Checked checked, SiteFiles files)
            throws BuildFailedException {
        SiteConfig config = c.config();
        Path reports = OutputFolder.reportDir(options.outputDir(), config.projectDir());
        try {
            if (options.write()) {
                SiteWriter.write(options.outputDir(), files, checked.published().files());
            }
            Reports.write(reports, config, players(rendered), selected.status(),
                    rendered.postProcessor().externalLinks(), reuse);
        } catch (IOException e) {
            throw new BuildFailedException(ExitCode.CONTENT_ERROR, List.of(Problem.error(
                    config.relative(options.outputDir()), 0, 0, "cannot write the site: " + IoProblems.reason(e),
                    "Check the disk space and the folder's permissions; the previous site is unchanged")));
        }
        lap("write");
        return reports;
    }

    private BuildResult result(long start, Configured c, Selected selected, Rendered rendered, Checked checked,
            SiteFiles files, Path reports) {
        Map<String, Integer> perLanguage = new TreeMap<>();
        for (ProcessedPage page : rendered.postProcessor().processed()) {
            Language l = page.planned().language();
            perLanguage.merge(l == null ? "" : l.code(), 1, Integer::sum);
        }
        return new BuildResult(problems.sorted(), perLanguage, files, rendered.postProcessor().externalLinks(),
                selected.status(), reports.resolve(TranslationReport.FILE_NAME), (System.nanoTime() - start) / 1_000_000,
                Collections.unmodifiableMap(laps), checked.published().files(), c.config().basePath(),
                rendered.templatesRun(), rendered.postProcessor().pagesProcessed(),
                HostingFiles.contentSecurityPolicy(c.config(), players(rendered)), onDemand, offlineSizes());
    }

    /** What stages 1 and 2 found: the checked configuration and content, paired across languages. */
    public record LoadedSite(SiteConfig config, Map<Language, Messages> messages, List<Page> allPages,
            TranslationGraph translations) {
    }

    /**
     * Stages 1 and 2 alone: the configuration and every content file, checked and paired across languages (for
     * {@code mark-translated}). Fails after the stage that found errors.
     */
    public static synchronized LoadedSite load(BuildOptions options, Problems problems) throws BuildFailedException {
        SiteBuild build = new SiteBuild(options);
        Configured configured = build.configure();
        Loaded loaded = build.loadContent(configured);
        problems.addAll(build.problems.sorted());
        return new LoadedSite(configured.config(), loaded.messages(), loaded.allPages(), loaded.translations());
    }

    private void checkOutputFolder(SiteConfig config) throws BuildFailedException {
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

    private void prepareOutputFolder(SiteConfig config) throws BuildFailedException {
        try {
            SiteWriter.prepare(options.outputDir());
        } catch (IOException e) {
            throw new BuildFailedException(ExitCode.CONTENT_ERROR, List.of(Problem.error(
                    config.relative(options.outputDir()), 0, 0, "cannot prepare the output folder: "
                            + IoProblems.reason(e), "Check the folder's permissions and the free disk space")));
        }
    }

    /** The templates' text: an asset a template names is not reported as unused, it may be used on some sites. */
    private static List<String> templateTexts(SiteConfig config) {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> s = Files.walk(config.templateDir())) {
            for (Path f : s.filter(p -> p.toString().endsWith(".ftl")).toList()) {
                texts.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        } catch (IOException | UncheckedIOException e) {
            // a template that cannot be read has been reported by the render stage
        }
        return texts;
    }

    /** Records the wall time of the stage that just ended, for {@code --timings} and the benchmarks. */
    private void lap(String stage) {
        long now = System.nanoTime();
        laps.put(stage, (now - lapStart) / 1_000_000);
        lapStart = now;
    }
}
