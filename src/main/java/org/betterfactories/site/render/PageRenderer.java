package org.betterfactories.site.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;

import org.betterfactories.site.config.Language;
import org.betterfactories.site.content.Markup;
import org.betterfactories.site.content.Page;
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

    public PageRenderer(JBakeAdapter jbake, SiteIndex index, Map<Language, Messages> messages,
            Map<String, String> assets) {
        this.jbake = jbake;
        this.models = new TemplateModels(index, messages, assets, bodies);
    }

    /**
     * Renders the plan; results are sorted by output path whatever order the threads finish in. A template
     * error is reported once, naming the first page it broke and how many more.
     */
    public List<RenderedPage> render(List<PlannedPage> plan, Problems problems) {
        Map<TemplateError, List<String>> templateErrors = new ConcurrentSkipListMap<>(
                Comparator.comparing(TemplateError::template).thenComparingInt(TemplateError::line)
                        .thenComparingInt(TemplateError::column).thenComparing(TemplateError::message));
        // content pages first: generated pages (the one-page guide) reuse their rendered bodies
        List<RenderedPage> pages = new ArrayList<>(plan.parallelStream()
                .filter(p -> p.kind().isContent())
                .map(p -> renderOne(p, problems, templateErrors))
                .filter(Objects::nonNull)
                .toList());
        checkGuideIdsAreUnique(plan, problems);
        pages.addAll(plan.parallelStream()
                .filter(p -> !p.kind().isContent())
                .map(p -> renderOne(p, problems, templateErrors))
                .filter(Objects::nonNull)
                .toList());
        pages.sort(Comparator.comparing(RenderedPage::outputPath));
        templateErrors.forEach((err, where) -> {
            List<String> sorted = where.stream().sorted().toList();
            String more = sorted.size() == 1 ? "" : " (and " + (sorted.size() - 1) + " more page"
                    + (sorted.size() == 2 ? "" : "s") + ")";
            problems.add(Problem.error(err.template(), err.line(), err.column(),
                    "template error while rendering " + sorted.get(0) + more + ": " + err.message(),
                    "Correct the template at this line"));
        });
        return List.copyOf(pages);
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
                List<Problem> found = new ArrayList<>();
                String body;
                if (planned.page().markup() == Markup.ASCIIDOC) {
                    ASCIIDOCTOR.lock();
                    try {
                        body = jbake.renderMarkup(planned.page(), found);
                    } finally {
                        ASCIIDOCTOR.unlock();
                    }
                } else {
                    body = jbake.renderMarkup(planned.page(), found);
                }
                problems.addAll(found);
                bodies.put(planned.page(), body);
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
            return new RenderedPage(planned, jbake.renderTemplate(planned.template(), model));
        } catch (JBakeAdapter.TemplateRenderingException e) {
            templateErrors.computeIfAbsent(e.error(), k -> new CopyOnWriteArrayList<>()).add(planned.origin()
                    .startsWith("templates/") ? planned.sitePath() : planned.origin());
            return null;
        }
    }
}
