package org.betterfactories.site.translate;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.betterfactories.site.config.Language;
import org.betterfactories.site.model.Page;

/**
 * One page and its translations: the pages that share a translation key (the same path inside each
 * language folder, or the same {@code translationKey}).
 */
public record Translation(String key, Map<String, Page> byLanguageCode) {

    public Translation {
        byLanguageCode = Collections.unmodifiableMap(new TreeMap<>(byLanguageCode));
    }

    public Optional<Page> in(Language language) {
        return Optional.ofNullable(byLanguageCode.get(language.code()));
    }
}
