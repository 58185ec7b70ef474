/**
 * The site builder of Better Factories Cambodia: {@code Main} reads the command line ({@link org.betterfactories.site.Command}) and runs a build, a check, the preview or {@code mark-translated}.
 *
 * <p>Types are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package org.betterfactories.site;

import org.jspecify.annotations.NullMarked;
