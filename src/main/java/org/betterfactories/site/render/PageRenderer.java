package org.betterfactories.site.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.betterfactories.site.artwork.PublicationCovers;
import org.betterfactories.site.config.Language;
import org.betterfactories.site.print.PdfDownloads;
import org.betterfactories.site.config.SiteConfig;
import org.betterfactories.site.diag.DidYouMean;
import org.betterfactories.site.diag.Failures;
import org.betterfactories.site.diag.Problem;
import org.betterfactories.site.diag.Problems;
import org.betterfactories.site.i18n.Messages;
import org.betterfactories.site.model.Markup;
import org.betterfactories.site.model.Page;
import org.betterfactories.site.model.PageType;
import org.betterfactories.site.render.jbake.AsciidocBodyEngine;
import org.betterfactories.site.render.jbake.JBakeAdapter;
import org.betterfactories.site.render.jbake.TemplateError;
import org.betterfactories.site.reuse.Reuse;
import org.betterfactories.site.reuse.Stamp;
import org.betterfactories.site.site.PlannedPage;
import org.betterfactories.site.work.Parallel;
import org.betterfactories.site.site.SiteIndex;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Stage 4: renders every planned page with JBake (markup engine for the body, Freemarker template for the
 * page), in parallel. A template error is reported at the template's file and line, naming the content file
 * being rendered; the page is not written.
 */
public final class PageRenderer {
    /** Asciidoctor runs in one JRuby runtime: one conversion at a time. */
    private static final ReentrantLock ASCIIDOCTOR = new ReentrantLock();

    private static final String BODY = "body";
    private static final String PAGE = "page";
    private static final String SCOPE = "render-scope";

    private final JBakeAdapter jbake;
    private final TemplateModels models;
    private final Reuse reuse;
    private final SiteIndex index;
    private final Supplier<String> inputs;
    /** FreeMarker's words for {@code t["key"]} when the key is not there. */
    private static final Pattern MISSING_UI_STRING = Pattern.compile("==> t\\[\"([^\"]+)\"\\]");

    /** Rendered bodies of content pages, for the pages that show them again. */
    private final Map<Page, String> bodies = new ConcurrentHashMap<>();
    private final AtomicInteger templatesRun = new AtomicInteger();
    /** The keys of the interface strings, for "did you mean" when a template asks for one that does not exist. */
    private final Set<String> uiKeys;

    /** How many pages went through their template in this build (the others were reused). */
    public int templatesRun() {
        return templatesRun.get();
    }

    /**
     * @param reuse what earlier builds made: bodies whose source, and pages whose model and templates, did not
     *     change are taken as they are
     * @param inputs a stamp of everything besides the content that pages are made from (templates, UI strings,
     *     assets, settings); asked for only by a {@link Reuse} that keeps values
     */
    public PageRenderer(JBakeAdapter jbake, SiteIndex index, Map<Language, Messages> messages,
            Map<String, String> assets, PublicationCovers covers, PdfDownloads pdfs, Reuse reuse,
            Supplier<String> inputs) {
        this.jbake = jbake;
        this.index = index;
        this.models = new TemplateModels(index, messages, assets, covers, pdfs, bodies);
        this.uiKeys = messages.values().stream().flatMap(m -> m.all().keySet().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        this.reuse = reuse;
        this.inputs = inputs;
    }

    /**
     * A renderer for this build. Its template engine is the one of an earlier build while no template changed
     * (it keeps its parsed templates), else a new one.
     */
    public static PageRenderer create(JBakeAdapter.Settings settings, SiteIndex index, Map<Language, Messages> messages,
            Map<String, String> assets, PublicationCovers covers, PdfDownloads pdfs, Reuse reuse) {
        SiteConfig config = index.config();
        JBakeAdapter jbake = reuse.remember("templates", "", () -> Stamp.ofFolder(config.templateDir()),
                () -> new JBakeAdapter(settings));
        Path project = config.projectDir();
        return new PageRenderer(jbake, index, messages, assets, covers, pdfs, reuse, () -> Stamp.ofFolder(config.templateDir())
                + Stamp.ofFolder(config.i18nDir()) + Stamp.ofFolder(config.assetDir())
                + Stamp.ofFolder(project.resolve(AsciidocBodyEngine.SNIPPETS)) + Stamp.of(project.resolve("site.yml"))
                + Stamp.of(project.resolve("jbake.properties")));
    }

    /** Renders the plan; results are sorted by output path whatever order the threads finish in. */
    public List<RenderedPage> render(List<PlannedPage> plan, Problems problems) {
        List<RenderedPage> pages = new ArrayList<>(render(plan, problems, page -> page));
        pages.sort(Comparator.comparing(RenderedPage::outputPath));
        return List.copyOf(pages);
    }

    /**
     * Renders the plan and hands each page to {@code then} as soon as it is rendered, on the same thread (the
     * next stage, post-processing, runs page by page too: a large site's rendered HTML never sits in memory
     * all at once). Results come in the plan's order, content pages first. A template error is reported once,
     * naming the first page it broke and how many more.
     *
     * <p>When only page bodies changed since the last build that kept its values (a preview save), only the
     * changed pages, their translations and the one-page guide are rendered; the others are taken as they were,
     * without building their model ({@link BodyOnlyEdit}).
     */
    public <T> List<T> render(List<PlannedPage> plan, Problems problems, Function<RenderedPage, T> then) {
        BodyOnlyEdit.Snapshot now = new BodyOnlyEdit.Snapshot(index.all(), inputs);
        Optional<Set<String>> changed = reuse.<BodyOnlyEdit.Stamped>recall(SCOPE, "")
                .flatMap(before -> BodyOnlyEdit.pagesToRender(before, now, index));
        Map<TemplateError, List<String>> templateErrors = new ConcurrentSkipListMap<>(
                Comparator.comparing(TemplateError::template).thenComparingInt(TemplateError::line)
                        .thenComparingInt(TemplateError::column).thenComparing(TemplateError::message));
        // content pages first: generated pages (the one-page guide) reuse their rendered bodies
        Function<PlannedPage, @Nullable T> one = p -> {
            RenderedPage r = renderOrReuse(p, changed, problems, templateErrors);
            return r == null ? null : then.apply(r);
        };
        List<T> pages = new ArrayList<>(Parallel.map(plan.stream().filter(p -> p.kind().isContent()).toList(), one));
        checkGuideIdsAreUnique(plan, problems);
        pages.addAll(Parallel.map(plan.stream().filter(p -> !p.kind().isContent()).toList(), one));
        templateErrors.forEach((err, where) -> {
            List<String> sorted = where.stream().sorted().toList();
            String more = sorted.size() == 1 ? "" : " (and " + (sorted.size() - 1) + " more page"
                    + (sorted.size() == 2 ? "" : "s") + ")";
            Matcher missing = MISSING_UI_STRING.matcher(err.message());
            if (missing.find() && !uiKeys.contains(missing.group(1))) {
                String key = missing.group(1);
                problems.add(Problem.error(err.template(), err.line(), err.column(), "there is no interface string `"
                        + key + "` in i18n/ (rendering " + sorted.get(0) + more.replace(" (", " ").replace(")", "") + ")", DidYouMean.closest(key, uiKeys)
                                .map(k -> "Did you mean `t[\"" + k + "\"]`? Correct the key, or add a line `" + key
                                        + "=...` to every file of i18n/")
                                .orElse("Add a line `" + key + "=...` to every file of i18n/, or correct the key")));
                return;
            }
            problems.add(Problem.error(err.template(), err.line(), err.column(),
                    "template error while rendering " + sorted.get(0) + more + ": " + err.message(),
                    "Correct the template at this line"));
        });
        if (templateErrors.isEmpty()) {
            reuse.record(SCOPE, "", () -> now.stamped());
        }
        return pages;
    }

    /**
     * An AsciiDoc body that includes other files depends on more than its own source: it is rendered again in
     * every build rather than reused.
     */
    private static boolean includesFiles(Page page) {
        return page.markup() == Markup.ASCIIDOC && page.markupSource().contains("include::");
    }

    /** Only the guide's chapters are shown again (on the one-page guide): only their bodies are kept. */
    private static boolean keepsBody(Page page) {
        return page.type() == PageType.GUIDE_SECTION;
    }

    private @Nullable RenderedPage renderOrReuse(PlannedPage planned, Optional<Set<String>> changed,
            Problems problems, Map<TemplateError, List<String>> templateErrors) {
        try {
            if (changed.isPresent() && !changed.get().contains(planned.sitePath())) {
                Optional<Outcome> before = reuse.recall(PAGE, planned.outputPath());
                if (before.isPresent() && before.get().html() != null) {
                    if (planned.kind() == PlannedPage.Kind.CONTENT) {
                        Optional<Body> body = reuse.recall(BODY, planned.page().file());
                        body.ifPresent(b -> {
                            problems.addAll(b.problems()); // the page's Asciidoctor warnings still apply
                            if (keepsBody(planned.page())) {
                                bodies.put(planned.page(), b.html());
                            }
                        });
                    }
                    return new RenderedPage(planned, before.get().html());
                }
            }
            return renderOne(planned, problems, templateErrors);
        } catch (RuntimeException | StackOverflowError e) {
            problems.error(planned.origin(), 0, 0, "this page could not be rendered: " + Failures.describe(e),
                    "Look for unusual text in it (very long or deeply nested lines); if it looks right, report this"
                            + " to the developers with the file");
            return null;
        }
    }

    /** A rendered body and what rendering it found (Asciidoctor's warnings, unsafe HTML). */
    private record Body(String html, List<Problem> problems) {
    }

    /** A page's HTML, or the template error that stopped it. */
    private record Outcome(@Nullable String html, @Nullable TemplateError error) {
    }

    private String renderMarkup(Page page, List<Problem> found) {
        if (page.markup() != Markup.ASCIIDOC) {
            return jbake.renderMarkup(page, found);
        }
        ASCIIDOCTOR.lock();
        try {
            return jbake.renderMarkup(page, found);
        } finally {
            ASCIIDOCTOR.unlock();
        }
    }

    /**
     * Everything a page's HTML depends on: its template and its whole model (the templates' version is in the
     * cache). The model is walked, not printed: two independent 64-bit hashes over every key and value, with
     * the shape (maps, lists) mixed in. The UI strings and asset addresses, shared by all pages of a language,
     * are hashed once per build.
     */
    private String fingerprint(String template, Map<String, Object> model) {
        ModelHash h = new ModelHash();
        h.text(template);
        for (Map.Entry<String, Object> e : model.entrySet()) {
            h.text(e.getKey());
            Object v = e.getValue();
            if (v instanceof Map<?, ?> m && (e.getKey().equals("t") || e.getKey().equals("assets"))) {
                h.text(sharedHashes.computeIfAbsent(m, k -> {
                    ModelHash shared = new ModelHash();
                    shared.value(k);
                    return shared.toString();
                }));
            } else {
                h.value(v);
            }
        }
        return h.toString();
    }

    /** Hashes of the maps shared by many pages, by identity (they are the same objects within a build). */
    private final Map<Object, String> sharedHashes = Collections.synchronizedMap(
            new IdentityHashMap<>());

    /** Two 64-bit polynomial hashes with different odd multipliers, over a model's structure and text. */
    static final class ModelHash {
        private long a = 0x243F6A8885A308D3L;
        private long b = 0x13198A2E03707344L;

        void value(Object v) {
            if (v instanceof Map<?, ?> m) {
                mix('{');
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    value(e.getKey());
                    mix('=');
                    value(e.getValue());
                }
                mix('}');
            } else if (v instanceof Collection<?> c) {
                mix('[');
                for (Object o : c) {
                    value(o);
                    mix(',');
                }
                mix(']');
            } else if (v == null) {
                mix('\u0000');
            } else {
                text(String.valueOf(v));
            }
        }

        void text(String s) {
            mix('"');
            for (int i = 0; i < s.length(); i++) {
                mix(s.charAt(i));
            }
            mix('"');
            a = a * 0x9E3779B97F4A7C15L + s.length();
            b = b * 0xC2B2AE3D27D4EB4FL + s.length();
        }

        private void mix(char c) {
            a = a * 0x100000001B3L + c;
            b = (b ^ c) * 0xFF51AFD7ED558CCDL;
        }

        @Override
        public String toString() {
            return Long.toHexString(a) + ":" + Long.toHexString(b);
        }
    }

    /**
     * The one-page guide puts every chapter on one page, so a heading id may be used by one chapter only
     * (per language); a clash is reported at the second chapter's heading.
     */
    private void checkGuideIdsAreUnique(List<PlannedPage> plan, Problems problems) {
        for (PlannedPage all : plan) {
            if (all.kind() != PlannedPage.Kind.GUIDE_ALL) {
                continue;
            }
            Map<String, Page> owner = new HashMap<>();
            for (Page chapter : models.guideChapters(all.language())) {
                String body = bodies.get(chapter);
                if (body == null) {
                    continue;
                }
                for (Element e : org.jsoup.Jsoup.parseBodyFragment(body).select("[id]")) {
                    Page first = owner.putIfAbsent(e.id(), chapter);
                    if (first != null && !first.equals(chapter)) {
                        var at = chapter.source().find(e.id(), chapter.bodyLine());
                        problems.add(chapter.source().error(at == null ? chapter.frontMatter().start() : at,
                                "the heading id `" + e.id() + "` is also used in " + first.path()
                                        + ": the one-page guide shows every chapter, so ids must differ",
                                "Start the id with the chapter's file name, e.g. [#" + chapter.contentPath()
                                        .replaceAll(".*/|\\.[a-z]+$", "") + "-" + e.id() + "]"));
                    }
                }
            }
        }
    }

    private @Nullable RenderedPage renderOne(PlannedPage planned, Problems problems,
            Map<TemplateError, List<String>> templateErrors) {
        String body = "";
        if (planned.kind() == PlannedPage.Kind.CONTENT) {
            Page page = planned.page();
            Body rendered = reuse.remember(BODY, page.file(),
                    () -> includesFiles(page) ? new Object() : page.markupSource(), () -> {
                        List<Problem> found = new ArrayList<>();
                        String html = renderMarkup(page, found);
                        UnsafeHtml.check(page, html, found);
                        return new Body(html, List.copyOf(found));
                    });
            problems.addAll(rendered.problems());
            if (keepsBody(page)) {
                bodies.put(page, rendered.html());
            }
            body = rendered.html();
        }
        Map<String, Object> model = models.of(planned, body);
        // the templates' own text is in the adapter: a new adapter (templates changed) renders every page again
        Outcome outcome = reuse.remember(PAGE, planned.outputPath(),
                () -> List.of(jbake, fingerprint(planned.template(), model)), () -> {
                    templatesRun.incrementAndGet();
                    try {
                        return new Outcome(jbake.renderTemplate(planned.template(), model), null);
                    } catch (JBakeAdapter.TemplateRenderingException e) {
                        return new Outcome(null, e.error());
                    }
                });
        if (outcome.error() != null) {
            templateErrors.computeIfAbsent(outcome.error(), k -> new CopyOnWriteArrayList<>()).add(planned.origin()
                    .startsWith("templates/") ? planned.sitePath() : planned.origin());
            return null;
        }
        return new RenderedPage(planned, outcome.html());
    }
}
