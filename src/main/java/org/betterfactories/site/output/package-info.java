/**
 * Stages 7 and 8: what is made from the whole site (sitemaps, feeds, hosting files, gzip copies, assets), and the writer that swaps the new site into place.
 *
 * <p>Types are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package org.betterfactories.site.output;

import org.jspecify.annotations.NullMarked;
