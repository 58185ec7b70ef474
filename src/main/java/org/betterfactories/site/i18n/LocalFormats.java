package org.betterfactories.site.i18n;

import java.time.LocalDate;
import java.util.Calendar;
import java.util.Date;
import java.util.TimeZone;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import org.betterfactories.site.config.DigitGrouping;
import org.betterfactories.site.config.Digits;
import org.betterfactories.site.config.Language;

/**
 * Dates and numbers for one language, formatted at build time with ICU4J (CLDR data), never by the browser
 * (Chromium's {@code Intl} has no Khmer data) nor by the JDK's {@code km} symbols. On Khmer pages the
 * digits follow the site's {@code digits} setting; English pages always use Latin digits.
 *
 * <p>ICU formatters are not thread-safe: each build thread gets its own instance through {@link #of}.
 */
public final class LocalFormats {
    private static final char[] KHMER_DIGITS = "០១២៣៤៥៦៧៨៩".toCharArray();
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private final Language language;
    private final boolean khmerDigits;
    private final ULocale locale;
    private final ThreadLocal<DateFormat> longDate;
    private final ThreadLocal<DateFormat> monthYear;
    private final ThreadLocal<NumberFormat> number;
    private final ThreadLocal<NumberFormat> decimal;

    private LocalFormats(Language language, Digits digits, DigitGrouping grouping) {
        this.language = language;
        this.khmerDigits = language.code().equals("km") && digits == Digits.KHMER;
        ULocale base = language.formatLocale();
        this.locale = khmerDigits ? base.setKeywordValue("numbers", "khmr") : base.setKeywordValue("numbers", "latn");
        this.longDate = ThreadLocal.withInitial(() -> utc(DateFormat.getDateInstance(DateFormat.LONG, locale)));
        this.monthYear = ThreadLocal.withInitial(() -> utc(DateFormat.getInstanceForSkeleton(DateFormat.YEAR_MONTH, locale)));
        boolean grouped = !(khmerDigits && grouping == DigitGrouping.NONE);
        this.number = ThreadLocal.withInitial(() -> {
            NumberFormat f = NumberFormat.getIntegerInstance(locale);
            f.setGroupingUsed(grouped);
            return f;
        });
        this.decimal = ThreadLocal.withInitial(() -> {
            NumberFormat f = NumberFormat.getNumberInstance(locale);
            f.setMinimumFractionDigits(1);
            f.setMaximumFractionDigits(1);
            return f;
        });
    }

    public static LocalFormats of(Language language, Digits digits) {
        return new LocalFormats(language, digits, DigitGrouping.DOT);
    }

    /** The formats of a language, with the site's digits and their grouping on Khmer pages. */
    public static LocalFormats of(Language language, Digits digits, DigitGrouping grouping) {
        return new LocalFormats(language, digits, grouping);
    }

    public Language language() {
        return language;
    }

    /** "31 ឧសភា 2020" / "31 May 2020". */
    public String date(LocalDate date) {
        return longDate.get().format(toDate(date));
    }

    /** "ឧសភា 2020" / "May 2020". */
    public String monthYear(LocalDate date) {
        return monthYear.get().format(toDate(date));
    }

    /** A count with the language's grouping: "2,000" / "២.០០០" (Khmer digits, digitGrouping: dot) / "២០០០" (none). */
    public String number(long n) {
        return number.get().format(n);
    }

    /** A year, without grouping: "2012" / "២០១២". */
    public String year(int year) {
        return digits(Integer.toString(year));
    }

    /**
     * Replaces ASCII digits with the page's digits (Khmer digits on Khmer pages when the site uses them).
     * Used for numbers inside text such as article numbers.
     */
    public String digits(String text) {
        return khmerDigits ? toKhmerDigits(text) : text;
    }

    /** Always Khmer digits on Khmer pages, whatever the setting: legal article numbers are written so. */
    public String legalNumber(int n) {
        return language.code().equals("km") ? toKhmerDigits(Integer.toString(n)) : Integer.toString(n);
    }

    /** A file size as people read it: "850 KB", "3.2 MB" (digits as the page's). */
    public String fileSize(long bytes) {
        if (bytes < 1000 * 1000) {
            long kb = Math.max(1, Math.round(bytes / 1000.0));
            return number(kb) + " KB";
        }
        return decimal.get().format(bytes / 1_000_000.0) + " MB";
    }

    public static String toKhmerDigits(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(c >= '0' && c <= '9' ? KHMER_DIGITS[c - '0'] : c);
        }
        return sb.toString();
    }

    private static DateFormat utc(DateFormat f) {
        f.setTimeZone(com.ibm.icu.util.TimeZone.getTimeZone("UTC"));
        return f;
    }

    private static Date toDate(LocalDate date) {
        Calendar c = Calendar.getInstance(UTC);
        c.clear();
        c.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
        return c.getTime();
    }
}
