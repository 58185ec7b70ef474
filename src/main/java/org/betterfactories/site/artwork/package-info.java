/**
 * The site's identity drawn by the build: the mark and wordmarks, publication covers (a thumbnail of a PDF's first
 * page, or a typographic cover in SVG and PNG), all from fonts and colours kept in the project, with the same bytes
 * for the same input.
 *
 * <p>Types are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package org.betterfactories.site.artwork;

import org.jspecify.annotations.NullMarked;
