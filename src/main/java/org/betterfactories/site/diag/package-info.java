/**
 * Problems as editors read them ({@code path:line:col: error: what. what to do.}), collected and printed like a compiler's; depends on nothing of ours.
 *
 * <p>Types are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package org.betterfactories.site.diag;

import org.jspecify.annotations.NullMarked;
