/**
 * Stage 2: every file of {@code content/<lang>/} read, its front matter checked against the content model ({@code ContentSchema}), into the typed {@code model.Page}.
 *
 * <p>Types are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package org.betterfactories.site.content;

import org.jspecify.annotations.NullMarked;
