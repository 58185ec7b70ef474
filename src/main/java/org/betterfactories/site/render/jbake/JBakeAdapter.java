package org.betterfactories.site.render.jbake;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import org.betterfactories.site.config.ConfigInspector;
import org.betterfactories.site.diag.BuildFailedException;
import org.betterfactories.site.diag.ExitCode;
import org.betterfactories.site.diag.Problem;
import org.betterfactories.site.model.Markup;
import org.betterfactories.site.model.Page;
import org.betterfactories.site.reuse.DiskCache;
import org.betterfactories.site.reuse.Stamp;
import org.betterfactories.site.source.Position;
import org.jbake.app.JBakeException;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.Engines;
import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;
import org.jbake.parser.ParserEngine;
import org.jbake.template.FreemarkerTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * The one place that talks to JBake. We keep JBake's configuration ({@code jbake.properties}), its markup
 * engines (flexmark for Markdown, AsciidoctorJ for AsciiDoc, looked up in JBake's engine registry by file
 * extension) and its Freemarker template engine. We do not use JBake's {@code Oven}: its content store is
 * slow, it skips bad files with a log line, and its prev/next order is not stable. Instead templates get a
 * model built from our own validated records ({@code render.TemplateModels}), and every JBake error becomes a
 * {@link Problem}.
 *
 * <p>JBake keeps global state (its engine registry): build one site at a time per JVM.
 */
public final class JBakeAdapter {
    private static final AsciidocBodyEngine ASCIIDOC = new AsciidocBodyEngine();
    private final JBakeConfiguration config;
    private final FreemarkerTemplateEngine templates;
    private final Path projectDir;

    static {
        // Freemarker and AsciidoctorJ log through java.util.logging; route it to logback (logback.xml keeps
        // them quiet: their errors reach the editor as problems instead).
        System.setProperty("org.freemarker.loggerLibrary", "SLF4J");
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
        Engines.register(Markup.MARKDOWN.extension(), new MarkdownBodyEngine());
        // JBake's own AsciiDoc engine converts in UNSAFE mode: ours converts in SECURE mode
        Engines.register(Markup.ASCIIDOC.extension(), ASCIIDOC);
    }

    /**
     * JBake's settings ({@code jbake.properties} and JBake's defaults), read and checked: an opaque value, so that
     * nothing outside this package handles JBake's types.
     */
    public static final class Settings {
        private final JBakeConfiguration config;

        private Settings(JBakeConfiguration config) {
            this.config = config;
        }

        /** The content, template and asset folders the settings name. */
        public ConfigInspector.Folders folders() {
            return new ConfigInspector.Folders(config.getContentFolder().toPath(), config.getTemplateFolder().toPath(),
                    config.getAssetFolder().toPath());
        }
    }

    public JBakeAdapter(Settings settings) {
        this.config = settings.config;
        this.projectDir = config.getSourceFolder().toPath();
        // JBake's engines look things up in a content store; our model is complete, so they get none.
        this.templates = new FreemarkerTemplateEngine(config, null);
    }

    /**
     * Reads {@code jbake.properties} (and JBake's defaults) from the project folder.
     *
     * @throws BuildFailedException (exit code 2) when JBake cannot read it or names an unknown Markdown extension
     */
    public static Settings settings(Path projectDir, Path outputDir) throws BuildFailedException {
        JBakeConfiguration config;
        try {
            config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(projectDir.toFile(),
                    outputDir.toFile(), false);
        } catch (JBakeException e) {
            throw new BuildFailedException(ExitCode.USAGE_OR_CONFIG_ERROR, List.of(Problem.error("jbake.properties",
                    0, 0, "JBake cannot read its configuration: " + e.getMessage(),
                    "Check jbake.properties, or run the command from the project folder")));
        }
        for (String ext : config.getMarkdownExtensions()) {
            try {
                MarkdownBodyEngine.pegdownFlags(List.of(ext));
            } catch (IllegalArgumentException e) {
                throw new BuildFailedException(ExitCode.USAGE_OR_CONFIG_ERROR, List.of(Problem.error(
                        "jbake.properties", 0, 0, "`markdown.extensions` names an unknown extension `" + ext + "`",
                        "Use the names of flexmark's PegdownExtensions, e.g. TABLES, AUTOLINKS, FENCED_CODE_BLOCKS")));
            }
        }
        return new Settings(config);
    }

    /**
     * Renders a page's body with JBake's engine for its file extension.
     *
     * @param problems receives what Asciidoctor reports, at the file's line
     */
    public String renderMarkup(Page page, List<Problem> problems) {
        if (page.markup() != Markup.ASCIIDOC) {
            return convert(page, problems);
        }
        // Asciidoctor (JRuby) costs seconds to start and converts slowly: a body converted without a problem is kept
        // in target/cache/asciidoc/ under the hash of everything it is made from, and a later build (a check, a
        // fresh preview) takes it from there; Asciidoctor then starts only when a body changed
        Path dir = projectDir.resolve("target/cache/asciidoc");
        Path cached = dir.resolve(asciidocKey(page) + ".html");
        try {
            if (Files.isRegularFile(cached)) {
                return Files.readString(cached, StandardCharsets.UTF_8);
            }
        } catch (java.io.IOException e) {
            // an unreadable cache entry: convert again
        }
        int before = problems.size();
        String body = convert(page, problems);
        ASCIIDOC_CONVERSIONS.incrementAndGet();
        if (problems.size() == before) {
            DiskCache.write(dir, cached, body.getBytes(StandardCharsets.UTF_8));
        }
        return body;
    }

    /**
     * Starts Asciidoctor (a JRuby runtime: about 2 s) on a background thread when every AsciiDoc body of the project
     * will have to be converted: there are AsciiDoc files in {@code content/} and no AsciiDoc cache yet (a fresh
     * clone, or {@code target/} deleted). It then starts while the content loads, instead of when the first page is
     * rendered. When the cache exists, a build that changed no AsciiDoc file never starts it (as before).
     *
     * @return whether it was started
     */
    public static boolean startAsciidoctorIfNoCache(Path projectDir, Path contentDir) {
        Path cache = projectDir.resolve("target/cache/asciidoc");
        try {
            if (Files.isDirectory(cache)) {
                try (var entries = Files.list(cache)) {
                    if (entries.findAny().isPresent()) {
                        return false;
                    }
                }
            }
            if (!Files.isDirectory(contentDir)) {
                return false;
            }
            try (var files = Files.walk(contentDir)) {
                if (files.noneMatch(f -> f.toString().endsWith("." + Markup.ASCIIDOC.extension()))) {
                    return false;
                }
            }
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return false; // it will start when first needed
        }
        Thread start = new Thread(ASCIIDOC::start, "asciidoctor-start");
        start.setDaemon(true);
        start.start();
        return true;
    }

    /** How many AsciiDoc bodies Asciidoctor converted in this process (the rest came from the cache): for tests. */
    public static int asciidocConversions() {
        return ASCIIDOC_CONVERSIONS.get();
    }

    private static final java.util.concurrent.atomic.AtomicInteger ASCIIDOC_CONVERSIONS =
            new java.util.concurrent.atomic.AtomicInteger();

    /** Bump when the conversion changes in a way the inputs below do not show. */
    private static final String ASCIIDOC_CACHE_VERSION = "asciidoc-1";

    /**
     * The cache key of a page's AsciiDoc body: its text, its file (includes are read relative to it), Asciidoctor's
     * jar (its version), the attributes and options of jbake.properties; for a text with {@code include::}, also
     * every file of content/ and snippets/ it could include.
     */
    private String asciidocKey(Page page) {
        String source = page.markupSource();
        StringBuilder inputs = new StringBuilder(ASCIIDOC_CACHE_VERSION).append('|').append(page.path()).append('|')
                .append(asciidoctorJar()).append('|').append(config.getAsciidoctorAttributes()).append('|');
        for (String key : config.getAsciidoctorOptionKeys()) {
            inputs.append(key).append('=').append(config.getAsciidoctorOption(key)).append(';');
        }
        if (source.contains("include::")) {
            inputs.append(Stamp.ofFolder(config.getContentFolder().toPath()))
                    .append(Stamp.ofFolder(projectDir.resolve(AsciidocBodyEngine.SNIPPETS)));
        }
        return DiskCache.key(inputs.toString(), source.getBytes(StandardCharsets.UTF_8));
    }

    private static String asciidoctorJar() {
        var code = org.asciidoctor.Asciidoctor.class.getProtectionDomain().getCodeSource();
        return code == null ? "" : code.getLocation().toString().replaceAll(".*/", "");
    }

    /** Converts a page's body with JBake's engine for its file extension; Asciidoctor's reports go to problems. */
    private String convert(Page page, List<Problem> problems) {
        ParserEngine engine = Engines.get(page.markup().extension());
        if (!(engine instanceof MarkupEngine markup)) {
            throw new IllegalStateException("JBake has no engine for ." + page.markup().extension()
                    + " files: is its library on the class path?");
        }
        File file = page.file().toFile();
        List<String> lines = page.markup() == Markup.ASCIIDOC ? page.source().lines() : List.of();
        ParserContext context = new ParserContext(file, lines, config, false);
        context.setBody(page.markupSource());
        AsciidoctorLog.start();
        markup.processBody(context);
        for (var record : AsciidoctorLog.drain()) {
            int line = record.getCursor() == null ? 0 : record.getCursor().getLineNumber();
            String where = record.getCursor() == null ? null : record.getCursor().getFile();
            String path = page.path();
            if (where != null && !where.isEmpty() && !where.endsWith(file.getName())) {
                path = relative(Path.of(where));
            }
            String message = record.getMessage();
            if (line <= 0 && message.matches(".*missing attribute: [\\w-]+$")) {
                line = lineContaining(page, "{" + message.substring(message.lastIndexOf(' ') + 1) + "}");
            }
            Position at = new Position(Math.max(line, 0), line > 0 ? 1 : 0);
            String fix = message.contains("include file not found")
                    ? "Check the file name after include::, relative to this file's folder"
                    : message.contains("missing attribute") || message.contains("skipping reference")
                            ? "Define the attribute in the header (`:name: value`) or escape the braces as \\{name}"
                            : "Correct the AsciiDoc at this line";
            if (path.equals(page.path())) {
                problems.add(page.source().error(at, "Asciidoctor: " + message, fix));
            } else {
                problems.add(Problem.error(path, at.line(), at.column(), "Asciidoctor: " + message, fix));
            }
        }
        for (AsciidoctorLog.Refusal r : AsciidoctorLog.refusals()) {
            String path = r.file() == null || r.file().isEmpty() ? page.path() : relative(Path.of(r.file()));
            if (path.equals(page.path())) {
                problems.add(page.source().error(new Position(r.line(), 1), r.message(), r.fix()));
            } else {
                problems.add(Problem.error(path, r.line(), 1, r.message(), r.fix()));
            }
        }
        return context.getBody();
    }

    /** The first line of the page's source that holds {@code text} (1-based), or 0. */
    private static int lineContaining(Page page, String text) {
        List<String> lines = page.source().lines();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * Renders {@code template} with JBake's Freemarker engine.
     *
     * @throws TemplateRenderingException with the template's file and line
     */
    public String renderTemplate(String template, Map<String, Object> model) throws TemplateRenderingException {
        TemplateModel jbakeModel = new TemplateModel();
        jbakeModel.putAll(model);
        StringWriter out = new StringWriter(16 * 1024);
        try {
            templates.renderDocument(jbakeModel, template, out);
        } catch (RenderingException e) {
            throw new TemplateRenderingException(templateError(template, e));
        }
        return out.toString();
    }

    private TemplateError templateError(String template, RenderingException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        String templateDir = relative(config.getTemplateFolder().toPath());
        if (cause instanceof TemplateException te) {
            String name = te.getTemplateSourceName() != null ? te.getTemplateSourceName() : template;
            int line = te.getLineNumber() == null ? 0 : te.getLineNumber();
            int col = te.getColumnNumber() == null ? 0 : te.getColumnNumber();
            return new TemplateError(templateDir + "/" + name, line, col, firstLines(te.getMessageWithoutStackTop()));
        }
        if (cause instanceof ParseException pe) {
            String name = pe.getTemplateName() != null ? pe.getTemplateName() : template;
            return new TemplateError(templateDir + "/" + name, pe.getLineNumber(), pe.getColumnNumber(),
                    firstLines(pe.getEditorMessage()));
        }
        if (cause instanceof freemarker.template.TemplateNotFoundException nf) {
            return new TemplateError(templateDir + "/" + nf.getTemplateName(), 0, 0, "the template does not exist");
        }
        return new TemplateError(templateDir + "/" + template, 0, 0, String.valueOf(cause.getMessage()));
    }

    /** Freemarker's message without its tips, stack and the position we already print. */
    private static String firstLines(String message) {
        List<String> kept = new ArrayList<>();
        for (String line : message.split("\n")) {
            if (line.startsWith("----") || line.startsWith("Tip:") || line.startsWith("FTL stack trace")) {
                break;
            }
            if (!line.isBlank()) {
                kept.add(line.replaceAll("\\s*\\[in template \"[^\"]*\" at line \\d+, column \\d+\\]", "").strip());
            }
        }
        return String.join(" ", kept);
    }

    private String relative(Path p) {
        return projectDir.toAbsolutePath().normalize().relativize(p.toAbsolutePath().normalize()).toString()
                .replace('\\', '/');
    }

    /** A template failed; carries where. */
    public static final class TemplateRenderingException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient TemplateError error;

        TemplateRenderingException(TemplateError error) {
            super(error.template() + ":" + error.line() + ": " + error.message());
            this.error = error;
        }

        public TemplateError error() {
            return error;
        }
    }
}
