package org.betterfactories.site.render;

import java.util.List;
import java.util.Map;

import org.betterfactories.site.artwork.PublicationCovers;
import org.betterfactories.site.config.Language;
import org.betterfactories.site.print.PdfDownloads;
import org.betterfactories.site.i18n.Messages;
import org.betterfactories.site.model.Page;
import org.betterfactories.site.site.PlannedPage;
import org.betterfactories.site.site.SiteIndex;

/**
 * Turns our records into the maps JBake's Freemarker engine renders, one builder per kind of page: the frame every
 * page shares ({@link LayoutModel}), content pages by type ({@link ContentModels}), the guide ({@link GuideModels}),
 * generated lists ({@link ListModels}) and the system pages ({@link SystemPageModels}). Everything a template shows is
 * prepared there (dates formatted with ICU4J, download labels, the language switcher's three states), so templates
 * stay simple and cannot disagree with each other. The keys templates may read are listed in
 * {@code templates/MODEL.md}; keys never clash with JBake's own model extractors ({@code tags},
 * {@code published_posts} ...), which would query a content store we do not have.
 */
final class TemplateModels {
    private final ContentModels content;
    private final GuideModels guide;
    private final ListModels lists;
    private final SystemPageModels system;

    /** @param bodies rendered bodies of content pages, filled as they render (the one-page guide reads them) */
    TemplateModels(SiteIndex index, Map<Language, Messages> messages, Map<String, String> assets,
            PublicationCovers covers, PdfDownloads pdfs, Map<Page, String> bodies) {
        ModelContext c = new ModelContext(index, messages, assets, covers, pdfs, bodies);
        LayoutModel layout = new LayoutModel(c);
        Cards cards = new Cards(c);
        this.guide = new GuideModels(c, layout, cards);
        this.lists = new ListModels(c, layout, cards);
        this.content = new ContentModels(c, layout, cards, guide, lists);
        this.system = new SystemPageModels(c, layout);
    }

    /** The model of a planned page; {@code body} is a content page's rendered body. */
    Map<String, Object> of(PlannedPage planned, String body) {
        return switch (planned.kind()) {
            case CONTENT -> content.forContent(planned.page(), body);
            case TAG_INDEX -> lists.forTagIndex(planned.language());
            case TAG -> lists.forTag(planned.language(), planned.key());
            case PUBLICATION_TYPE, PUBLICATION_YEAR -> lists.forPublicationFacet(planned);
            case GUIDE_ALL -> guide.forGuideAll(planned.page(), content);
            case SEARCH -> system.forSearch(planned.language());
            case NOT_FOUND -> system.forNotFound(planned.language());
            case OFFLINE -> system.forOffline(planned.language());
            case LANDING -> system.forLanding(false);
            case ROOT_NOT_FOUND -> system.forLanding(true);
        };
    }

    /** The guide's chapters in order. */
    List<Page> guideChapters(Language lang) {
        return guide.chapters(lang);
    }
}
