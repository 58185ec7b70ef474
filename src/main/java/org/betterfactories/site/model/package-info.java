/**
 * The typed site model: {@code Page} with its common and per-type fields, page types, and {@code Urls}, the one owner of the URL scheme.
 *
 * <p>Types are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package org.betterfactories.site.model;

import org.jspecify.annotations.NullMarked;
