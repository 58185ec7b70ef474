/**
 * Stage 5: every planned page rendered (its body by the markup engine, the page by its template) from template models built per kind of page; {@code templates/MODEL.md} lists the keys templates may read.
 *
 * <p>Types are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package org.betterfactories.site.render;

import org.jspecify.annotations.NullMarked;
