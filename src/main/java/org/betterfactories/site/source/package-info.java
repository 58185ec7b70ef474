/**
 * Source files as text with positions: UTF-8 reading, YAML with line numbers, files walked within the project.
 *
 * <p>Types are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package org.betterfactories.site.source;

import org.jspecify.annotations.NullMarked;
