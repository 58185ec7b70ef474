/**
 * Stage 5: the chain of small jsoup transforms every rendered page goes through (heading ids, table of contents, alt text, search text, asset addresses, links, base path), and the link check across the site.
 *
 * <p>Types are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package org.betterfactories.site.html;

import org.jspecify.annotations.NullMarked;
