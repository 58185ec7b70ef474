/**
 * Offline reading (README, "Offline reading"): the files of each language's saved guide, the service worker that
 * keeps them, and the web app manifest that lets a reader put the site on a phone's home screen.
 */
@NullMarked
package org.betterfactories.site.offline;

import org.jspecify.annotations.NullMarked;
