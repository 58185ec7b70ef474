package org.betterfactories.site.artwork;

/**
 * What a typographic cover shows: the publication's title in its page's script, its type and its year (written in
 * the page's digits), in the colour of its type ({@code --cover-<pubType>} of the design tokens).
 *
 * @param title the publication's title
 * @param typeLabel its type, in the page's language ("Annual report")
 * @param year its year in the page's digits, or empty
 * @param pubType the type's id ({@code annual-report}), which picks the colour
 */
public record CoverSpec(String title, String typeLabel, String year, String pubType) {
    /** The design token of the cover's colour: the type's own, else {@code --cover-other}. */
    String colorToken(Palette p) {
        String own = "--cover-" + pubType;
        return p.colors().containsKey(own) ? own : "--cover-other";
    }
}
