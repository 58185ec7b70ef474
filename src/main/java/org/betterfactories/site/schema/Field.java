package org.betterfactories.site.schema;

/**
 * One front matter key of the content model.
 *
 * @param name the key as written in YAML front matter ({@code lastReviewed}); AsciiDoc headers write it in
 *     kebab case ({@code :last-reviewed:})
 * @param type what its value must be
 * @param required whether a page of the type must have it
 */
public record Field(String name, ValueType type, boolean required) {

    public static Field required(String name, ValueType type) {
        return new Field(name, type, true);
    }

    public static Field optional(String name, ValueType type) {
        return new Field(name, type, false);
    }
}
