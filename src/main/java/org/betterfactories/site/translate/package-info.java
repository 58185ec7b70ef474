/**
 * Pairs of translations, their status (missing, stale, awaiting review) and {@code mark-translated}.
 *
 * <p>Types are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package org.betterfactories.site.translate;

import org.jspecify.annotations.NullMarked;
