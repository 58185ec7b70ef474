package org.betterfactories.site.render;

import org.betterfactories.site.model.PlannedPage;
import org.betterfactories.site.model.SiteIndex;
import org.betterfactories.site.render.jbake.JBakeAdapter;
import org.betterfactories.site.render.jbake.TemplateError;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;

import org.betterfactories.site.pipeline.BuildCache;
import org.betterfactories.site.config.Language;
import org.betterfactories.site.content.Markup;
import org.betterfactories.site.content.Page;
import org.betterfactories.site.diag.Failures;
import org.betterfactories.site.diag.Problem;
import org.betterfactories.site.diag.Problems;
import org.betterfactories.site.i18n.Messages;

/**
 * Stage 4: renders every planned page with JBake (markup engine for the body, Freemarker template for the
 * page), in parallel. A template error is reported at the template's file and line, naming the content file
 * being rendered; the page is not written.
 */
public final class PageRenderer {
    /** Asciidoctor runs in one JRuby runtime: one conversion at a time. */
    private static final ReentrantLock ASCIIDOCTOR = new ReentrantLock();

    private final JBakeAdapter jbake;
    private final TemplateModels models;
    /** Rendered bodies of content pages, for the pages that show them again. */
    private final Map<Page, String> bodies = new ConcurrentHashMap<>();

    private final BuildCache cache;
    /** The problems of the build under way (set by {@link #render}). */
    private final java.util.concurrent.atomic.AtomicReference<Problems> problems = new java.util.concurrent.atomic.AtomicReference<>();
    private final java.util.concurrent.atomic.AtomicInteger templatesRun = new java.util.concurrent.atomic.AtomicInteger();

    /** How many pages went through their template in this build (the others were reused from the cache). */
    public int templatesRun() {
        return templatesRun.get();
    }

    /** @param cache a preview's cache (bodies and pages whose inputs did not change are reused), or null */
    public PageRenderer(JBakeAdapter jbake, SiteIndex index, Map<Language, Messages> messages,
            Map<String, String> assets, BuildCache cache) {
        this.jbake = jbake;
        this.models = new TemplateModels(index, messages, assets, bodies);
        this.cache = cache;
    }

    /**
     * Renders the plan; results are sorted by output path whatever order the threads finish in. A template
     * error is reported once, naming the first page it broke and how many more.
     */
    public List<RenderedPage> render(List<PlannedPage> plan, Problems problems) {
        return render(plan, problems, null);
    }

    /**
     * Renders the plan; with {@code only} (a preview rebuild after body-only edits), pages whose site path is
     * not in it are taken from the cache as they are, without building their model.
     */
    public List<RenderedPage> render(List<PlannedPage> plan, Problems problems, java.util.Set<String> only) {
        List<RenderedPage> pages = new ArrayList<>(render(plan, problems, only, page -> page));
        pages.sort(Comparator.comparing(RenderedPage::outputPath));
        return List.copyOf(pages);
    }

    /**
     * Renders the plan and hands each page to {@code then} as soon as it is rendered, on the same thread (the
     * next stage, post-processing, runs page by page too: a large site's rendered HTML never sits in memory
     * all at once). Results come in the plan's order, content pages first.
     */
    public <T> List<T> render(List<PlannedPage> plan, Problems problems, java.util.Set<String> only,
            java.util.function.Function<RenderedPage, T> then) {
        this.problems.set(problems);
        if (cache != null) {
            for (PlannedPage p : plan) {
                if (p.kind() == PlannedPage.Kind.CONTENT && keepsBody(p.page())) {
                    BuildCache.CachedBody b = cache.bodies().get(p.page().file());
                    if (b != null && b.source().equals(p.page().markupSource())) {
                        bodies.put(p.page(), b.html());
                    }
                }
            }
        }
        Map<TemplateError, List<String>> templateErrors = new ConcurrentSkipListMap<>(
                Comparator.comparing(TemplateError::template).thenComparingInt(TemplateError::line)
                        .thenComparingInt(TemplateError::column).thenComparing(TemplateError::message));
        // content pages first: generated pages (the one-page guide) reuse their rendered bodies
        List<T> pages = new ArrayList<>(plan.parallelStream()
                .filter(p -> p.kind().isContent())
                .map(p -> renderOrReuse(p, only, problems, templateErrors))
                .filter(Objects::nonNull)
                .map(then)
                .toList());
        checkGuideIdsAreUnique(plan, problems);
        pages.addAll(plan.parallelStream()
                .filter(p -> !p.kind().isContent())
                .map(p -> renderOrReuse(p, only, problems, templateErrors))
                .filter(Objects::nonNull)
                .map(then)
                .toList());
        templateErrors.forEach((err, where) -> {
            List<String> sorted = where.stream().sorted().toList();
            String more = sorted.size() == 1 ? "" : " (and " + (sorted.size() - 1) + " more page"
                    + (sorted.size() == 2 ? "" : "s") + ")";
            problems.add(Problem.error(err.template(), err.line(), err.column(),
                    "template error while rendering " + sorted.get(0) + more + ": " + err.message(),
                    "Correct the template at this line"));
        });
        return pages;
    }

    /**
     * An AsciiDoc body that includes other files depends on more than its own source: it is rendered again in
     * every build rather than kept.
     */
    private static boolean includesFiles(Page page) {
        return page.markup() == Markup.ASCIIDOC && page.markupSource().contains("include::");
    }

    /** Only the guide's chapters are shown again (on the one-page guide): only their bodies are kept. */
    private static boolean keepsBody(Page page) {
        return page.type() == org.betterfactories.site.content.PageType.GUIDE_SECTION;
    }

    private RenderedPage renderOrReuse(PlannedPage planned, java.util.Set<String> only, Problems problems,
            Map<TemplateError, List<String>> templateErrors) {
        RenderedPage before = reusable(planned, only);
        if (before != null) {
            return before;
        }
        try {
            return renderOne(planned, problems, templateErrors);
        } catch (RuntimeException | StackOverflowError e) {
            problems.error(planned.origin(), 0, 0, "this page could not be rendered: " + Failures.describe(e),
                    "Look for unusual text in it (very long or deeply nested lines); if it looks right, report this"
                            + " to the developers with the file");
            return null;
        }
    }

    /** The cached page when {@code only} says it need not be rendered again, else null. */
    private RenderedPage reusable(PlannedPage planned, java.util.Set<String> only) {
        if (only == null || cache == null || only.contains(planned.sitePath())) {
            return null;
        }
        BuildCache.CachedHtml before = cache.pages().get(planned.outputPath());
        if (before == null) {
            return null;
        }
        if (planned.kind() == PlannedPage.Kind.CONTENT) {
            BuildCache.CachedBody body = cache.bodies().get(planned.page().file());
            if (body != null) {
                problems.get().addAll(body.problems()); // the page's Asciidoctor warnings still apply
            }
        }
        return new RenderedPage(planned, before.html());
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
    private final Map<Object, String> sharedHashes = java.util.Collections.synchronizedMap(
            new java.util.IdentityHashMap<>());

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
            } else if (v instanceof java.util.Collection<?> c) {
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
            Map<String, Page> owner = new java.util.HashMap<>();
            for (Page chapter : models.guideChapters(all.language())) {
                String body = bodies.get(chapter);
                if (body == null) {
                    continue;
                }
                for (org.jsoup.nodes.Element e : org.jsoup.Jsoup.parseBodyFragment(body).select("[id]")) {
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

    private RenderedPage renderOne(PlannedPage planned, Problems problems,
            Map<TemplateError, List<String>> templateErrors) {
        Map<String, Object> model;
        switch (planned.kind()) {
            case CONTENT -> {
                BuildCache.CachedBody cached = cache == null ? null : cache.bodies().get(planned.page().file());
                if (cached == null || !cached.source().equals(planned.page().markupSource())) {
                    List<Problem> found = new ArrayList<>();
                    String html = renderMarkup(planned.page(), found);
                    UnsafeHtml.check(planned.page(), html, found);
                    cached = new BuildCache.CachedBody(planned.page().markupSource(), html, List.copyOf(found));
                    if (cache != null && !includesFiles(planned.page())) {
                        cache.bodies().put(planned.page().file(), cached);
                    }
                }
                String body = cached.html();
                problems.addAll(cached.problems());
                if (keepsBody(planned.page())) {
                    bodies.put(planned.page(), body);
                }
                model = models.forContent(planned.page(), body);
            }
            case TAG_INDEX -> model = models.forTagIndex(planned.language());
            case TAG -> model = models.forTag(planned.language(), planned.key());
            case PUBLICATION_TYPE, PUBLICATION_YEAR -> model = models.forPublicationFacet(planned);
            case GUIDE_ALL -> model = models.forGuideAll(planned.page());
            case SEARCH -> model = models.forSearch(planned.language());
            case NOT_FOUND -> model = models.forNotFound(planned.language());
            case LANDING -> model = models.forLanding(false);
            case ROOT_NOT_FOUND -> model = models.forLanding(true);
            default -> throw new IllegalStateException(planned.kind().name());
        }
        try {
            if (cache == null) {
                templatesRun.incrementAndGet();
                return new RenderedPage(planned, jbake.renderTemplate(planned.template(), model));
            }
            String fingerprint = this.fingerprint(planned.template(), model);
            BuildCache.CachedHtml before = cache.pages().get(planned.outputPath());
            if (before != null && before.fingerprint().equals(fingerprint)) {
                return new RenderedPage(planned, before.html());
            }
            templatesRun.incrementAndGet();
            String html = jbake.renderTemplate(planned.template(), model);
            cache.pages().put(planned.outputPath(), new BuildCache.CachedHtml(fingerprint, html));
            return new RenderedPage(planned, html);
        } catch (JBakeAdapter.TemplateRenderingException e) {
            templateErrors.computeIfAbsent(e.error(), k -> new CopyOnWriteArrayList<>()).add(planned.origin()
                    .startsWith("templates/") ? planned.sitePath() : planned.origin());
            return null;
        }
    }
}
