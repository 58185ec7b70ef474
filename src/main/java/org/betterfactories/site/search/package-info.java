/**
 * The search indexes: Khmer text split into words with ICU4J, one index per language.
 *
 * <p>Types are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package org.betterfactories.site.search;

import org.jspecify.annotations.NullMarked;
