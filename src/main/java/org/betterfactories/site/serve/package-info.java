/**
 * The preview server and the test server, sharing one file-serving core ({@code SiteRequests}).
 *
 * <p>Types are non-null unless marked {@code @Nullable}.
 */
@NullMarked
package org.betterfactories.site.serve;

import org.jspecify.annotations.NullMarked;
