/**
 * The web editor at {@code /admin/}: the vendored Sveltia CMS and its configuration, generated from the content
 * schema.
 */
@NullMarked
package org.betterfactories.site.editor;

import org.jspecify.annotations.NullMarked;
