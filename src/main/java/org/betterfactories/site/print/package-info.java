/**
 * The PDF downloads the build makes itself: the labour law guide per language and each published profile sheet,
 * printed by headless Chromium (the only engine that keeps Khmer shaping in a PDF), then given their metadata with
 * Apache PDFBox.
 *
 * <p>Types are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package org.betterfactories.site.print;

import org.jspecify.annotations.NullMarked;
