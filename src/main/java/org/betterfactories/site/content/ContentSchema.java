package org.betterfactories.site.content;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.betterfactories.site.config.Language;
import org.betterfactories.site.model.PageType;
import org.betterfactories.site.schema.Field;
import org.betterfactories.site.schema.ValueType.Asset;
import org.betterfactories.site.schema.ValueType.Bool;
import org.betterfactories.site.schema.ValueType.Choice;
import org.betterfactories.site.schema.ValueType.Date;
import org.betterfactories.site.schema.ValueType.Int;
import org.betterfactories.site.schema.ValueType.ListOf;
import org.betterfactories.site.schema.ValueType.Review;
import org.betterfactories.site.schema.ValueType.Slug;
import org.betterfactories.site.schema.ValueType.Struct;
import org.betterfactories.site.schema.ValueType.Text;
import org.betterfactories.site.schema.ValueType.Url;
import org.betterfactories.site.schema.ValueType;

/**
 * The content model: which front matter keys each {@link PageType} accepts and requires. The README's
 * "Front matter" table documents the same keys; {@code ContentSchemaTest} keeps the two in step.
 */
public final class ContentSchema {

    /** Publication types the programme uses (facts.md). */
    public static final List<String> PUBLICATION_TYPES = List.of("annual-report", "transparency-report",
            "compliance-synthesis-report", "synthesis-report", "guide");

    /** File formats a download can have. */
    public static final List<String> FILE_FORMATS = List.of("PDF", "DOCX", "XLSX", "PPTX", "ZIP", "EPUB", "MP3", "MP4");

    static final ValueType TEXT = new Text();
    static final ValueType DATE = new Date();
    static final ValueType YEAR = new Int(1990, 2100);
    static final ValueType COUNT = new Int(0, 100_000_000);

    /** A downloadable file: one per language of the file. */
    static final ValueType FILES = new ListOf(new Struct(
            Field.required("lang", new Choice(Language.KNOWN.stream().map(Language::code).toList())),
            Field.optional("path", new Asset()),
            Field.optional("url", new Url()),
            Field.optional("format", new Choice(FILE_FORMATS)),
            Field.optional("size", TEXT),
            Field.optional("title", TEXT)), "files");

    private static final List<Field> COMMON = List.of(
            Field.required("title", TEXT),
            Field.optional("type", new Choice(PageType.ids())),
            Field.optional("status", new Choice(List.of("published", "draft"))),
            Field.optional("lang", new Choice(Language.KNOWN.stream().map(Language::code).toList())),
            Field.optional("date", DATE),
            Field.optional("publishDate", DATE),
            Field.optional("summary", TEXT),
            Field.optional("tags", new ListOf(new Slug(), "tags")),
            Field.optional("image", new Asset()),
            Field.optional("imageAlt", TEXT),
            Field.optional("slug", new Slug()),
            Field.optional("order", new Int(-10_000, 10_000)),
            Field.optional("review", new Choice(List.of("needed", "done"))),
            Field.optional("translationKey", TEXT),
            Field.optional("translationOf", TEXT),
            Field.optional("source", new ListOf(TEXT, "sources")),
            Field.optional("toc", new Bool()),
            Field.optional("layout", new Slug()),
            Field.optional("linkTitle", TEXT),
            Field.optional("noindex", new Bool()));

    private static final Map<PageType, List<Field>> SPECIFIC = new EnumMap<>(PageType.class);

    static {
        SPECIFIC.put(PageType.PUBLICATION, List.of(
                // a publication's date can be unknown (facts.md gives none for some): leave it out, never guess
                Field.optional("date", DATE),
                Field.required("summary", TEXT),
                Field.required("pubType", new Choice(PUBLICATION_TYPES)),
                Field.optional("files", FILES),
                Field.optional("quote", new Struct(Field.required("text", TEXT), Field.optional("by", TEXT))),
                Field.optional("highlights", new ListOf(new Struct(
                        Field.required("title", TEXT),
                        Field.optional("quote", TEXT),
                        Field.optional("by", TEXT),
                        Field.optional("text", TEXT)), "highlights")),
                Field.optional("canonicalUrl", new Url()),
                Field.optional("edition", new Int(1, 1000)),
                Field.optional("periodStart", DATE),
                Field.optional("periodEnd", DATE),
                Field.optional("factoriesMonitored", COUNT)));
        SPECIFIC.put(PageType.INITIATIVE, List.of(
                Field.required("summary", TEXT),
                Field.required("startYear", YEAR),
                Field.optional("partners", new ListOf(TEXT, "partners")),
                Field.optional("stats", new ListOf(new Struct(
                        Field.required("value", COUNT),
                        Field.required("label", TEXT),
                        Field.optional("year", YEAR)), "figures")),
                Field.optional("links", new ListOf(new Struct(
                        Field.required("title", TEXT),
                        Field.required("url", new Url())), "links"))));
        SPECIFIC.put(PageType.PROFILE, List.of(
                Field.required("displayName", TEXT),
                Field.required("experience", TEXT),
                Field.optional("message", TEXT),
                Field.optional("role", TEXT),
                Field.optional("photo", new Asset()),
                Field.optional("photoAlt", TEXT),
                Field.optional("photoConsent", DATE),
                Field.optional("photoFocus", new ValueType.FocusPoint()),
                Field.optional("files", FILES)));
        SPECIFIC.put(PageType.GUIDE_SECTION, List.of(
                Field.required("order", new Int(1, 1000)),
                // the date the text was checked against its sources: true when written, unlike a "last reviewed"
                Field.required("sourcesChecked", DATE),
                Field.optional("legalReview", new Review()),
                Field.optional("legalRefs", new ListOf(new Int(1, 1000), "article numbers"))));
        SPECIFIC.put(PageType.GUIDE, List.of(
                Field.optional("sourcesChecked", DATE),
                Field.optional("legalReview", new Review())));
        SPECIFIC.put(PageType.NEWS, List.of(
                Field.required("date", DATE),
                Field.required("summary", TEXT)));
    }

    private ContentSchema() {
    }

    /** Every key a page of {@code type} accepts, by name; a type's own definition of a key wins. */
    public static Map<String, Field> fieldsFor(PageType type) {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (Field f : COMMON) {
            fields.put(f.name(), f);
        }
        for (Field f : SPECIFIC.getOrDefault(type, List.of())) {
            fields.put(f.name(), f);
        }
        return fields;
    }

    /** Whether every page type requires {@code key} (so messages need not name the type). */
    static boolean isCommonRequirement(String key) {
        return COMMON.stream().anyMatch(f -> f.name().equals(key) && f.required());
    }

    /** The keys a page of {@code type} must have. */
    public static List<String> requiredKeys(PageType type) {
        return fieldsFor(type).values().stream().filter(Field::required).map(Field::name).toList();
    }
}
