package org.betterfactories.site.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.betterfactories.site.config.Digits;
import org.betterfactories.site.config.Language;
import org.junit.jupiter.api.Test;

class LocalFormatsTest {
    private static final LocalDate MAY_31 = LocalDate.of(2020, 5, 31);

    @Test
    void rendersKhmerDatesWithKhmerMonthNames() {
        LocalFormats km = LocalFormats.of(Language.KHMER, Digits.LATIN);
        assertEquals("31 ឧសភា 2020", km.date(MAY_31));
        assertEquals("1 មករា 2021", km.date(LocalDate.of(2021, 1, 1)));
        assertEquals("10 ធ្នូ 2019", km.date(LocalDate.of(2019, 12, 10)));
    }

    @Test
    void usesKhmerDigitsWhenTheSiteAsksForThem() {
        LocalFormats km = LocalFormats.of(Language.KHMER, Digits.KHMER);
        assertEquals("៣១ ឧសភា ២០២០", km.date(MAY_31));
        assertEquals("២៣៩", km.number(239));
        assertEquals("២០១២", km.year(2012));
    }

    @Test
    void englishDatesFollowBritishUsageAndAlwaysLatinDigits() {
        LocalFormats en = LocalFormats.of(Language.ENGLISH, Digits.KHMER);
        assertEquals("31 May 2020", en.date(MAY_31));
        assertEquals("2,000", en.number(2000));
    }

    @Test
    void legalArticleNumbersAreKhmerDigitsOnKhmerPagesWhateverTheSetting() {
        assertEquals("១០៤", LocalFormats.of(Language.KHMER, Digits.LATIN).legalNumber(104));
        assertEquals("104", LocalFormats.of(Language.ENGLISH, Digits.LATIN).legalNumber(104));
    }

    @Test
    void fileSizesReadLikePeopleWriteThem() {
        LocalFormats en = LocalFormats.of(Language.ENGLISH, Digits.LATIN);
        assertEquals("2 KB", en.fileSize(1_540));
        assertEquals("850 KB", en.fileSize(850_000));
        assertEquals("3.2 MB", en.fileSize(3_200_000));
        // CLDR's Khmer symbols: with Khmer digits a decimal comma and a grouping dot; with Latin digits as in English
        assertEquals("៣,២ MB", LocalFormats.of(Language.KHMER, Digits.KHMER).fileSize(3_200_000));
        assertEquals("២.០០០", LocalFormats.of(Language.KHMER, Digits.KHMER).number(2000));
        assertEquals("2,000", LocalFormats.of(Language.KHMER, Digits.LATIN).number(2000));
    }
}
