package org.betterfactories.site.config;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.ibm.icu.util.ULocale;

/**
 * A language the site can be published in.
 *
 * @param code the BCP 47 code used in URLs, folders and {@code hreflang} ({@code km}, {@code en})
 * @param nativeName the language's name in itself, as shown in the language switcher
 * @param formatLocale the ICU locale used for dates and numbers
 * @param ogLocale the Open Graph locale ({@code km_KH})
 */
public record Language(String code, String nativeName, ULocale formatLocale, String ogLocale) {

    /** Khmer, the site's main language. */
    public static final Language KHMER = new Language("km", "ខ្មែរ", new ULocale("km_KH"), "km_KH");
    /** English. Dates follow British usage ("31 May 2020"), as in the programme's own publications. */
    public static final Language ENGLISH = new Language("en", "English", new ULocale("en_GB"), "en_US");

    /** Every language this builder knows how to publish. */
    public static final List<Language> KNOWN = List.of(KHMER, ENGLISH);

    public static Optional<Language> byCode(String code) {
        return KNOWN.stream().filter(l -> l.code.equals(code)).findFirst();
    }

    public Locale javaLocale() {
        return formatLocale.toLocale();
    }

    @Override
    public String toString() {
        return code;
    }
}
