/**
 * Stage 1: {@code site.yml} read and checked ({@code ConfigInspector}, the newsletter block), into {@code SiteConfig}.
 *
 * <p>Types are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package org.betterfactories.site.config;

import org.jspecify.annotations.NullMarked;
