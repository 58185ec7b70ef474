/**
 * Running a stage's work on all processors: {@link org.betterfactories.site.work.Parallel}.
 *
 * <p>Types are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package org.betterfactories.site.work;

import org.jspecify.annotations.NullMarked;
