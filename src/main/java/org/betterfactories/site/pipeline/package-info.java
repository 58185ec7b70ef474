/**
 * The build: {@code SiteBuild.run} runs the stages in order, each taking and returning records; {@code UpToDate} skips a build when nothing changed.
 *
 * <p>Types are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package org.betterfactories.site.pipeline;

import org.jspecify.annotations.NullMarked;
