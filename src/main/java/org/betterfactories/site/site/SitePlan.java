package org.betterfactories.site.site;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.betterfactories.site.config.Language;
import org.betterfactories.site.config.SiteConfig;
import org.betterfactories.site.diag.Problems;
import org.betterfactories.site.model.Page;
import org.betterfactories.site.model.PageType;
import org.betterfactories.site.model.Urls;

/**
 * Decides which HTML files the site has: one per published content file; per language the tag pages, the
 * publications of each type and each year, the whole guide on one page and a 404 page; and the bilingual
 * landing and 404 pages at the root.
 */
public final class SitePlan {

    private SitePlan() {
    }

    public static List<PlannedPage> of(SiteIndex index, Problems problems) {
        SiteConfig config = index.config();
        List<PlannedPage> plan = new ArrayList<>();
        plan.add(new PlannedPage(Urls.ROOT, "landing.ftl", PlannedPage.Kind.LANDING, null, null, null));
        plan.add(new PlannedPage(Urls.ROOT_NOT_FOUND, "landing.ftl", PlannedPage.Kind.ROOT_NOT_FOUND, null, null, null));
        for (Language language : config.languages()) {
            if (index.home(language).isEmpty()) {
                problems.error("content/" + language.code() + "/_index.md", 0, 0,
                        "the " + language.code() + " home page is missing",
                        "Create content/" + language.code() + "/_index.md with a `title:` (see the other language's)");
            }
            for (Page page : index.pages(language)) {
                if (index.isEmptySection(page)) {
                    continue; // built once a page of the section is published
                }
                if (page.common().layout() != null
                        && !Files.isRegularFile(config.templateDir().resolve(page.template()))) {
                    problems.add(page.source().error(page.frontMatter().valuePosition("layout"), "there is no template "
                            + page.template() + " for `layout: " + page.common().layout() + "`",
                            "Use the name of a template in templates/ without .ftl, or remove the line"));
                    continue;
                }
                plan.add(new PlannedPage(page.url(), page.template(), PlannedPage.Kind.CONTENT, language, page, null));
            }
            if (index.sectionIndex(language, "publications").isPresent()) {
                for (String type : index.publicationTypes(language).keySet()) {
                    plan.add(new PlannedPage(Urls.publicationType(language, type), "publications-facet.ftl",
                            PlannedPage.Kind.PUBLICATION_TYPE, language, null, type));
                }
                for (Integer year : index.publicationYears(language).keySet()) {
                    plan.add(new PlannedPage(Urls.publicationYear(language, year), "publications-facet.ftl",
                            PlannedPage.Kind.PUBLICATION_YEAR, language, null, year.toString()));
                }
            }
            index.sectionIndex(language, "guide").filter(g -> !index.ofType(language, PageType.GUIDE_SECTION).isEmpty())
                    .ifPresent(guide -> plan.add(new PlannedPage(Urls.guideAll(language), "guide-all.ftl",
                            PlannedPage.Kind.GUIDE_ALL, language, guide, null)));
            var tags = index.tags(language);
            if (!tags.isEmpty()) {
                plan.add(new PlannedPage(Urls.tags(language), "tags.ftl", PlannedPage.Kind.TAG_INDEX, language, null,
                        null));
                for (String tag : tags.keySet()) {
                    plan.add(new PlannedPage(Urls.tag(language, tag), "tag.ftl", PlannedPage.Kind.TAG, language,
                            null, tag));
                }
            }
            plan.add(new PlannedPage(Urls.search(language), "search.ftl", PlannedPage.Kind.SEARCH, language, null, null));
            plan.add(new PlannedPage(Urls.notFound(language), "404.ftl", PlannedPage.Kind.NOT_FOUND, language, null, null));
            if (index.hasGuide(language)) { // the page the offline reader sees for a page not saved
                plan.add(new PlannedPage(Urls.offline(language), "offline.ftl", PlannedPage.Kind.OFFLINE, language,
                        null, null));
            }
        }
        checkMenu(index, problems);
        checkNewsletterThanks(index, problems);
        return plan;
    }

    /** With {@code redirect: true} the provider sends readers to our thank-you page: it must exist. */
    private static void checkNewsletterThanks(SiteIndex index, Problems problems) {
        SiteConfig config = index.config();
        if (config.newsletter() == null || config.newsletter().redirectField() == null) {
            return;
        }
        for (Language language : config.languages()) {
            String path = Urls.newsletterThanks(language);
            if (index.byUrl(path).isEmpty()) {
                problems.error("site.yml", 0, 0, "`newsletter.redirect` sends readers to " + path
                        + ", which does not exist", "Create content/" + language.code()
                        + "/newsletter/thanks.md, or remove `redirect: true`");
            }
        }
    }

    private static void checkMenu(SiteIndex index, Problems problems) {
        SiteConfig config = index.config();
        for (String key : List.of("menu", "footer")) {
            for (String entry : key.equals("menu") ? config.menu() : config.footer()) {
                for (Language language : config.languages()) {
                    if (index.byUrl(Urls.section(language, entry)).isEmpty()) {
                        problems.error("site.yml", 0, 0, "the " + key + " entry `" + entry + "` has no page in content/"
                                + language.code() + "/", "Create content/" + language.code() + "/" + entry
                                + "/_index.md (or " + entry + ".md), or remove it from `" + key + ":`");
                    }
                }
            }
        }
    }
}
