/**
 * Writers of JSON and XML text; depends on nothing of ours.
 *
 * <p>Types are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package org.betterfactories.site.format;

import org.jspecify.annotations.NullMarked;
