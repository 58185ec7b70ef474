/**
 * The field schema shared by front matter and {@code site.yml}: keys, value types, and the checker that reports at the value's line.
 *
 * <p>Types are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package org.betterfactories.site.schema;

import org.jspecify.annotations.NullMarked;
