/**
 * The one place that knows JBake: its settings, its markup engines (flexmark, AsciidoctorJ in SECURE mode) and its Freemarker engine.
 *
 * <p>Types are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package org.betterfactories.site.render.jbake;

import org.jspecify.annotations.NullMarked;
