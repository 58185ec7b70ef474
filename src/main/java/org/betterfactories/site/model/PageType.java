package org.betterfactories.site.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.betterfactories.site.content.ContentSchema;

/**
 * The kinds of page the content model knows. Each has a template of the same name in {@code templates/}
 * ({@code publication.ftl} ...) and its own required front matter keys (see {@link ContentSchema}).
 */
public enum PageType {
    /** A language's home page: {@code content/<lang>/_index.md}. */
    HOME("home"),
    /** A section's landing page that lists the section: {@code content/<lang>/<section>/_index.md}. */
    SECTION("section"),
    /** A plain page (about, privacy ...). */
    PAGE("page"),
    PUBLICATION("publication"),
    INITIATIVE("initiative"),
    /** An Experts by Experience profile sheet. */
    PROFILE("profile"),
    /** The labour law guide's landing page, which lists its sections in order. */
    GUIDE("guide"),
    /** One chapter of the labour law guide. */
    GUIDE_SECTION("guide-section"),
    NEWS("news");

    private final String id;

    PageType(String id) {
        this.id = id;
    }

    /** The name used in front matter ({@code type: guide-section}) and as the template's name. */
    public String id() {
        return id;
    }

    public String template() {
        return id + ".ftl";
    }

    /** Whether pages of this type list other pages (home, sections, the guide). */
    public boolean isList() {
        return this == HOME || this == SECTION || this == GUIDE;
    }

    public static Optional<PageType> byId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(PageType::id).toList();
    }

    /**
     * The type a file has when its front matter names none: {@code _index} files are home, guide or section
     * pages; other files take their section's type ({@code publications/} holds publications ...).
     */
    public static PageType defaultFor(String section, boolean isIndex) {
        if (isIndex) {
            if (section.isEmpty()) {
                return HOME;
            }
            return section.equals("guide") ? GUIDE : SECTION;
        }
        return switch (section) {
            case "publications" -> PUBLICATION;
            case "initiatives" -> INITIATIVE;
            case "profiles" -> PROFILE;
            case "guide" -> GUIDE_SECTION;
            case "news" -> NEWS;
            default -> PAGE;
        };
    }
}
