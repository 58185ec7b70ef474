package org.betterfactories.site.model;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a page's front matter says beyond the keys every page has, typed per page type (the content model of
 * {@code content.ContentSchema}): a publication's downloads and quotes, an initiative's figures, a profile's
 * person, a guide chapter's checks. Values are checked before they get here: a required key is never null.
 */
public sealed interface PageFields {

    /** The fields of pages whose type has none of its own (pages, home, sections, news). */
    record None() implements PageFields {
    }

    /**
     * A publication.
     *
     * @param pubType one of {@code content.ContentSchema.PUBLICATION_TYPES}
     * @param files downloads, one per language of the file
     */
    record Publication(String pubType, List<Download> files, @Nullable Quote quote, List<Highlight> highlights,
            @Nullable String canonicalUrl, @Nullable Integer edition, @Nullable LocalDate periodStart,
            @Nullable LocalDate periodEnd, @Nullable Integer factoriesMonitored) implements PageFields {
        public Publication {
            files = List.copyOf(files);
            highlights = List.copyOf(highlights);
        }
    }

    /** A Social Change Initiative: when it started, who with, its key figures and links. */
    record Initiative(int startYear, List<String> partners, List<Stat> stats, List<Link> links) implements PageFields {
        public Initiative {
            partners = List.copyOf(partners);
            stats = List.copyOf(stats);
            links = List.copyOf(links);
        }
    }

    /**
     * An Experts by Experience profile sheet.
     *
     * @param photoConsent the date the person gave written consent to publish the photo (required with a photo)
     * @param photoFocus where the square crop of the photo is centred ({@code "50% 30%"}: across, then down)
     */
    record Profile(String displayName, String experience, @Nullable String message, @Nullable String role,
            @Nullable String photo, @Nullable String photoAlt, @Nullable LocalDate photoConsent,
            @Nullable String photoFocus, List<Download> files)
            implements PageFields {
        public Profile {
            files = List.copyOf(files);
        }
    }

    /**
     * A chapter of the labour law guide.
     *
     * @param sourcesChecked when the text was last checked against its sources
     * @param legalReview a lawyer's review, entered by a person; null until there is one
     * @param legalRefs Labour Law article numbers
     */
    record GuideSection(LocalDate sourcesChecked, @Nullable LegalReview legalReview, List<Integer> legalRefs)
            implements PageFields {
        public GuideSection {
            legalRefs = List.copyOf(legalRefs);
        }
    }

    /** The guide's own page. */
    record Guide(@Nullable LocalDate sourcesChecked, @Nullable LegalReview legalReview) implements PageFields {
    }

    /**
     * A downloadable file, in one language: in {@code assets/} ({@code path}, its size measured) or elsewhere
     * ({@code url}, with its format and size as written).
     */
    record Download(String lang, @Nullable String path, @Nullable String url, @Nullable String format,
            @Nullable String size, @Nullable String title) {
    }

    /** A pull quote and who said it. */
    record Quote(String text, @Nullable String by) {
    }

    /** A highlight of a report: a title, with a quote and who said it, and/or a text. */
    record Highlight(String title, @Nullable String quote, @Nullable String by, @Nullable String text) {
    }

    /** A key figure: a number, what it counts, the year it is from. */
    record Stat(int value, String label, @Nullable Integer year) {
    }

    /** A link with its title. */
    record Link(String title, String url) {
    }
}
