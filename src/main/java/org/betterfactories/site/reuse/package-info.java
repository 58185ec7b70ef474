/**
 * The one seam of incremental builds: {@code Reuse} (a full build makes everything) and {@code Memory} (the preview reuses what an equal input made).
 *
 * <p>Types are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package org.betterfactories.site.reuse;

import org.jspecify.annotations.NullMarked;
