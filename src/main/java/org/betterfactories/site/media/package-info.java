/**
 * Images and videos that phones can afford: every raster image resized to a few widths and re-encoded (JPEG or
 * PNG, and WebP), its EXIF orientation applied and its metadata dropped, cached by content under
 * {@code target/cache/images/} ({@link Images}); the transforms that write {@code <picture>}, figures and video
 * facades into pages are in {@code html}.
 */
@NullMarked
package org.betterfactories.site.media;

import org.jspecify.annotations.NullMarked;
