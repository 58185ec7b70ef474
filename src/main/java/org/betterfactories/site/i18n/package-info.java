/**
 * The interface strings of each language ({@code i18n/<lang>.properties}) and ICU4J formats of dates and numbers.
 *
 * <p>Types are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package org.betterfactories.site.i18n;

import org.jspecify.annotations.NullMarked;
