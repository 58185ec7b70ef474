/**
 * Stages 3 and 4: the published pages indexed per language ({@code SiteIndex}) and every page the site will have ({@code SitePlan}).
 *
 * <p>Types are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package org.betterfactories.site.site;

import org.jspecify.annotations.NullMarked;
